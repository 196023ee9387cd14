// Prints one closing line for CI from the JSON reports vitest writes when CI is set:
// "tests: N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const reports = ['test-results/unit.json', 'test-results/e2e.json', 'test-results/firefox.json'].filter((f) => existsSync(f));
let passed = 0;
let failed = 0;
for (const file of reports) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
}
if (reports.length === 0) console.log('tests: no report found');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
