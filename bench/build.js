// The build the benchmark measures, in bench/.build/store: the store build and its zip, exactly
// what `npm run zip` makes. Nothing is added for the benchmark: it seeds its data through the
// options page (bench/seedThroughOptions.js).
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export function buildStore(root) {
  const storeDir = join(root, 'store');
  rmSync(storeDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['wxt', 'zip'], { env: { ...process.env, AFTERGLOW_OUT_DIR: storeDir }, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error('bench: `wxt zip` failed');
  }
  const zip = readdirSync(storeDir).find((f) => f.endsWith('-chrome.zip'));
  if (!zip) throw new Error(`bench: no Chrome zip in ${storeDir}`);
  return { store: join(storeDir, 'chrome-mv3'), zip: join(storeDir, zip) };
}
