// Lints the Firefox build with web-ext (offline) and fails on any error, and on any warning
// except the one we cannot remove: Preact's own innerHTML support (dangerouslySetInnerHTML,
// which Afterglow never uses).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const dir = resolve(process.argv[2] ?? '.output/firefox-mv3');
let raw;
try {
  raw = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json'], { encoding: 'utf8' });
} catch (error) {
  raw = error.stdout; // web-ext exits non-zero when it finds errors; the report is still on stdout
}
const report = JSON.parse(raw);
const isPreactRuntime = (m) =>
  m.code === 'UNSAFE_VAR_ASSIGNMENT' && m.file && readFileSync(join(dir, m.file), 'utf8').includes('dangerouslySetInnerHTML');
const problems = [...report.errors, ...report.warnings.filter((m) => !isPreactRuntime(m))];
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const m of report[kind]) console.log(`${problems.includes(m) ? '✗' : '·'} ${kind.slice(0, -1)} ${m.code} ${m.file ?? ''}: ${m.message}`);
}
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${problems.length} not allowed)`);
process.exit(problems.length > 0 ? 1 : 0);
