// The benchmark's TypeScript modules (the wake-up replay, the seed files) run in Node after Vite
// bundles each into one .mjs; dependencies stay in node_modules, `@/` is the repository root.
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/** Bundles `entry` (a .ts file of the repository) into `outDir` and imports it. */
export async function importTs(entry, outDir) {
  const name = `${basename(entry, '.ts')}.mjs`;
  await build({
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    resolve: { alias: { '@': resolve('.') } },
    build: {
      ssr: resolve(entry),
      outDir,
      emptyOutDir: false,
      rollupOptions: { output: { entryFileNames: name } },
    },
  });
  return import(pathToFileURL(join(outDir, name)).href);
}
