// Prints the gzip size of each built entry (its JavaScript with every chunk it imports)
// and fails if an entry is over its budget. Run after `npm run build`.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = resolve(process.argv[2] ?? '.output/chrome-mv3');
/** Budgets in gzip bytes (issue #2, #7). */
const BUDGETS = { popup: 25 * 1024, background: 15 * 1024 };

if (!existsSync(join(OUT, 'manifest.json'))) {
  console.error(`No build at ${OUT}. Run \`npm run build\` first.`);
  process.exit(1);
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** A JS file and every chunk it imports, statically or dynamically. */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/(?:import|from)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) {
    closure(resolve(dirname(file), spec), seen);
  }
  return seen;
}

function entryFiles(name) {
  const html = join(OUT, `${name}.html`);
  if (existsSync(html)) {
    const page = readFileSync(html, 'utf8');
    const files = new Set();
    for (const [, src] of page.matchAll(/<script[^>]+src="([^"]+)"/g)) closure(join(OUT, src.replace(/^\//, '')), files);
    for (const [, href] of page.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) closure(join(OUT, href.replace(/^\//, '')), files);
    return [...files];
  }
  const js = join(OUT, `${name}.js`);
  return existsSync(js) ? [...closure(js)] : [];
}

const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
const entries = ['popup', 'background', 'options', ...(manifest.content_scripts ?? []).flatMap((c) => c.js.map((j) => j.replace(/\.js$/, '')))];
const names = [...new Set([...entries, 'clinic', 'onboarding', 'setup', 'summary'])].filter((n) => entryFiles(n).length > 0);

let failed = false;
console.log('entry'.padEnd(28), 'gzip KB'.padStart(8), 'budget'.padStart(8));
for (const name of names) {
  const bytes = entryFiles(name).filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0);
  const budget = BUDGETS[name];
  const over = budget !== undefined && bytes > budget;
  failed ||= over;
  console.log(
    name.padEnd(28),
    (bytes / 1024).toFixed(1).padStart(8),
    (budget ? `${(budget / 1024).toFixed(0)}` : '–').padStart(8),
    over ? '  OVER BUDGET' : '',
  );
}
if (failed) {
  console.error('An entry is over its size budget.');
  process.exit(1);
}
