import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { build, type Plugin, type Rollup } from 'vite';
import { type LandingConfig, landingDefines } from './config.ts';

/**
 * `virtual:afterglow-landing-bundle`: the landing page (site/landing.tsx) built as one script
 * and one stylesheet, as strings, for the builder to put into a clinic's exported landing page
 * (utils/clinic/landingExport.ts). Both builders have it: the static site's (site/vite.config.ts)
 * and the extension's clinic.html (wxt.config.ts), which imports it only when a clinic clicks
 * "Download landing page", so no page loads it otherwise and the popup never does.
 *
 * A nested build of its own, because the landing page runs on a website: it reads the
 * catalogue's TypeScript directly (not browser.i18n) and must not share the extension's chunks.
 */
export const LANDING_BUNDLE_ID = 'virtual:afterglow-landing-bundle';
const RESOLVED = `\0${LANDING_BUNDLE_ID}`;
const root = resolve(import.meta.dirname, '..');

async function buildLanding(config: LandingConfig): Promise<{ js: string; css: string }> {
  const result = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    plugins: [preact()],
    resolve: { alias: { '@': root } },
    define: landingDefines(config),
    build: {
      write: false,
      emptyOutDir: false,
      cssCodeSplit: false,
      modulePreload: false,
      copyPublicDir: false,
      rollupOptions: {
        input: resolve(root, 'site/landing.tsx'),
        output: { format: 'es', entryFileNames: 'landing.js', assetFileNames: 'landing[extname]' },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const files = outputs.flatMap((o) => o.output);
  const js = files.filter((f): f is Rollup.OutputChunk => f.type === 'chunk').map((f) => f.code);
  const css = files.filter((f): f is Rollup.OutputAsset => f.type === 'asset' && f.fileName.endsWith('.css')).map((f) => String(f.source));
  if (js.length !== 1) throw new Error(`The landing page should build into one script, not ${js.length}`);
  return { js: js[0]!, css: css.join('\n') };
}

export function landingBundle(config: LandingConfig): Plugin {
  let built: Promise<{ js: string; css: string }> | null = null;
  return {
    name: 'afterglow:landing-bundle',
    resolveId: (source) => (source === LANDING_BUNDLE_ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      built ??= buildLanding(config);
      const { js, css } = await built;
      return `export const js = ${JSON.stringify(js)};\nexport const css = ${JSON.stringify(css)};\n`;
    },
  };
}
