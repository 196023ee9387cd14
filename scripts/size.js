// Prints the gzip size of each built entry (its JavaScript with every chunk it imports) and of
// the popup's JavaScript needed for first paint (its entry with static imports only), and fails
// if one is over its budget. Run after `npm run build`. The benchmark (bench/run.js) reads the
// same figures through entrySizes().
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Budgets in gzip bytes (issues #2, #7, #10). */
export const BUDGETS = {
  // What the popup can load in all, after first paint included: information beside the next one.
  popup: 25 * 1024,
  // What must load before the popup can paint: its entry and the chunks it imports statically.
  'popup-first-paint': 12 * 1024,
  // webextension-polyfill stays (the stack names it): 17 KB with it (issue #10).
  background: 17 * 1024,
};

/** How each row is named in the printed table. */
const LABELS = { 'popup-first-paint': 'popup, needed for first paint' };

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

// Built chunks import each other by relative path, minified: `import{a as b}from"./x.js"` and
// `import"./x.js"` are static; `import(\`./x.js\`)` is dynamic (Vite may wrap it in its preload
// helper). Any quote: the minifier picks backticks for some.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*(["'`])(\.{1,2}\/[^"'`]+\.js)\1/g;
const DYNAMIC_IMPORT = /\bimport\s*\(\s*(["'`])(\.{1,2}\/[^"'`]+\.js)\1\s*\)/g;
// A chunk loaded by its URL (scripts/chunkLoader.ts: the popup's code after first paint), written
// from the build's root: `"/chunks/Details-….js"`.
const CHUNK_URL = /(["'`])\/(chunks\/[^"'`]+\.js)\1/g;

/**
 * A JS file and every chunk it imports: statically only (what loads before the module runs),
 * or also through import() (what it may load later).
 */
export function closure(file, { dynamic = true } = {}, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const specs = [...code.matchAll(STATIC_IMPORT), ...(dynamic ? code.matchAll(DYNAMIC_IMPORT) : [])];
  for (const [, , spec] of specs) closure(resolve(dirname(file), spec), { dynamic }, seen);
  // Every chunk sits in <build>/chunks/, so the build's root is one folder up.
  const root = dirname(dirname(file));
  if (dynamic) for (const [, , path] of code.matchAll(CHUNK_URL)) closure(join(root, path), { dynamic }, seen);
  return seen;
}

/** The JS files of entry `name` (a page's scripts and module preloads, or a worker's file). */
function entryFiles(OUT, name, options = {}) {
  const html = join(OUT, `${name}.html`);
  if (existsSync(html)) {
    const page = readFileSync(html, 'utf8');
    const files = new Set();
    // Vite lists a page's static imports as modulepreload links: they load before first paint too.
    for (const [, src] of page.matchAll(/<script[^>]+src="([^"]+)"/g)) closure(join(OUT, src.replace(/^\//, '')), options, files);
    for (const [, href] of page.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) closure(join(OUT, href.replace(/^\//, '')), options, files);
    return [...files];
  }
  const js = join(OUT, `${name}.js`);
  return existsSync(js) ? [...closure(js, options)] : [];
}

/**
 * Each entry of the build in `out`: the gzip bytes of its JavaScript, and its budget if it has
 * one; after the popup, the part of it needed for first paint.
 */
export function entrySizes(out) {
  const OUT = resolve(out);
  const manifest = JSON.parse(readFileSync(join(OUT, 'manifest.json'), 'utf8'));
  const entries = ['popup', 'background', 'options', ...(manifest.content_scripts ?? []).flatMap((c) => c.js.map((j) => j.replace(/\.js$/, '')))];
  const names = [...new Set([...entries, 'clinic', 'onboarding', 'setup', 'summary'])].filter((n) => entryFiles(OUT, n).length > 0);
  const row = (name, files) => {
    const bytes = files.filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(f), 0);
    const budget = BUDGETS[name];
    return { name, label: LABELS[name] ?? name, bytes, budget: budget ?? null, over: budget !== undefined && bytes > budget };
  };
  return names.flatMap((name) => [
    row(name, entryFiles(OUT, name)),
    ...(name === 'popup' ? [row('popup-first-paint', entryFiles(OUT, 'popup', { dynamic: false }))] : []),
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  // `--enforce=background,popup-first-paint` fails only on the named rows and reports the rest
  // (.ci/run: the whole popup's figure is information; see README, "Size budgets").
  const args = process.argv.slice(2);
  const enforceArg = args.find((a) => a.startsWith('--enforce='));
  const enforced = enforceArg ? new Set(enforceArg.slice('--enforce='.length).split(',')) : null;
  const OUT = resolve(args.find((a) => !a.startsWith('--')) ?? '.output/chrome-mv3');
  if (!existsSync(join(OUT, 'manifest.json'))) {
    console.error(`No build at ${OUT}. Run \`npm run build\` first.`);
    process.exit(1);
  }
  let failed = false;
  console.log('entry'.padEnd(32), 'gzip KB'.padStart(8), 'budget'.padStart(8));
  const rows = entrySizes(OUT);
  const unknown = [...(enforced ?? [])].filter((name) => !rows.some((r) => r.name === name && r.budget !== null));
  if (unknown.length > 0) {
    // A misspelt name would otherwise enforce nothing, silently.
    console.error(`--enforce names no budgeted row: ${unknown.join(', ')} (budgets: ${Object.keys(BUDGETS).join(', ')})`);
    process.exit(1);
  }
  for (const { name, label, bytes, budget, over } of rows) {
    failed ||= over && (enforced === null || enforced.has(name));
    console.log(
      label.padEnd(32),
      (bytes / 1024).toFixed(1).padStart(8),
      (budget ? `${(budget / 1024).toFixed(0)}` : '–').padStart(8),
      over ? `  OVER BUDGET${enforced && !enforced.has(name) ? ' (reported, not enforced here)' : ''}` : '',
    );
  }
  if (failed) {
    console.error('An entry is over its size budget.');
    process.exit(1);
  }
}
