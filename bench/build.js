// The two builds the benchmark needs, in bench/.build: the store build and its zip (exactly what
// `npm run zip` makes), and the measured build, the same with the seeding page added
// (AFTERGLOW_BENCH=1). The second must differ from the first only by that page, or the figures
// would not be the store build's: checked file by file.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function wxt(args, outDir, extraEnv) {
  const env = { ...process.env, AFTERGLOW_OUT_DIR: outDir, ...extraEnv };
  if (!extraEnv.AFTERGLOW_BENCH) delete env.AFTERGLOW_BENCH;
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['wxt', ...args], { env, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`bench: \`wxt ${args.join(' ')}\` failed`);
  }
}

const filesUnder = (dir) =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile());

/** Files of `measured` that are missing from or differ from `store`, relative paths. */
function differences(store, measured) {
  const inStore = new Set(filesUnder(store));
  const changed = [...inStore].filter((f) => !readFileSync(join(store, f)).equals(readFileSync(join(measured, f))));
  const added = filesUnder(measured).filter((f) => !inStore.has(f));
  return { changed, added };
}

export function buildAll(root) {
  const storeDir = join(root, 'store');
  const seededDir = join(root, 'seeded');
  wxt(['zip'], storeDir, {});
  wxt(['build'], seededDir, { AFTERGLOW_BENCH: '1' });
  const store = join(storeDir, 'chrome-mv3');
  const measured = join(seededDir, 'chrome-mv3');
  const zip = readdirSync(storeDir).find((f) => f.endsWith('-chrome.zip'));
  if (!zip) throw new Error(`bench: no Chrome zip in ${storeDir}`);
  const { changed, added } = differences(store, measured);
  const onlySeedPage = changed.length === 0 && added.every((f) => /bench-seed/.test(f));
  if (!onlySeedPage) {
    throw new Error(`bench: the measured build differs from the store build beyond the seeding page: ${[...changed, ...added].join(', ')}`);
  }
  return { store, measured, zip: join(storeDir, zip), added: added.map((f) => relative(measured, join(measured, f))) };
}
