import { defineConfig, type EntrypointGroup } from 'wxt';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { messagesJson } from './utils/catalogue';
import { landingDefines, landingMatchPattern, readLandingConfig } from './site/config';
import { landingBundle } from './site/landingBundle';
import { chunkLoader } from './scripts/chunkLoader';
import { nativeBrowserInPopup } from './scripts/nativeBrowserInPopup';

/**
 * In the extension, sentences come from browser.i18n (messages.json, generated below), so the
 * catalogue's TypeScript source is left out of every bundle: see utils/catalogue/browserI18n.ts.
 */
function catalogueThroughI18n(): Plugin {
  const index = resolve('utils/catalogue/index.ts');
  const i18n = resolve('utils/catalogue/browserI18n.ts');
  return {
    name: 'afterglow:catalogue-through-i18n',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (importer === i18n) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === index ? i18n : null;
    },
  };
}

// The clinic landing page's origin and store URLs, from the environment (site/config.ts).
const landing = readLandingConfig();

// The manifest is the privacy contract: only these permissions, no host permissions,
// no remote code. tests/e2e/manifest.test.ts fails on anything more.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // AFTERGLOW_OUT_DIR lets two builds (say, a benchmark and a test run) live side by side.
  outDir: process.env.AFTERGLOW_OUT_DIR ?? '.output',
  // Explicit imports keep the direction of data flow readable in every file.
  imports: false,
  // landingBundle: the landing page a clinic exports from clinic.html (loaded only on its click).
  vite: () => ({
    plugins: [preact(), catalogueThroughI18n(), landingBundle(landing), chunkLoader(), nativeBrowserInPopup()],
    define: landingDefines(landing),
    // Every browser Afterglow supports preloads modules itself: no polyfill in each page's
    // first script (half a kilobyte of the popup's first paint).
    build: { modulePreload: { polyfill: false } },
  }),
  // The sources zip for the Firefox review carries the code, not the pictures of it.
  zip: { excludeSources: ['docs/screenshots/**', 'docs/store/**', 'site/public/**', 'site-dist/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'idle'],
    action: { default_title: '__MSG_extName__' },
    // A clinic profile set by device policy (Chrome; Firefox reads policies without a schema).
    ...(browser !== 'firefox' && { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'afterglow@afterglow.invalid',
          // data_collection_permissions (nothing collected) is read from Firefox 140 on.
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  hooks: {
    // The popup is built on its own, so it loads exactly the code it uses. Built with the
    // other pages, it would share chunks holding the union of what every page needs (the
    // options page's editing code included): 30.6 KB gzip instead of 23.8 against its 25 KB
    // budget. The other pages stay together and share their chunks, which keeps the store zip
    // smaller (bench: 177 KB, against 258 KB with every page on its own).
    'entrypoints:grouped': (_wxt, groups) => {
      // The popup is a group of one, not a lone entry: WXT builds a lone entry in library mode
      // and then leaves its HTML at entrypoints/popup/index.html, where the manifest does not look.
      const split = groups.flatMap((g): EntrypointGroup[] => {
        if (!Array.isArray(g)) return [g];
        const popup = g.filter((page) => page.name === 'popup');
        const rest = g.filter((page) => page.name !== 'popup');
        return [...(popup.length ? [popup] : []), ...(rest.length ? [rest] : [])];
      });
      groups.splice(0, groups.length, ...split);
    },
    // The landing page's content script matches only AFTERGLOW_LANDING_ORIGIN, and without it
    // is not built at all: no build runs on any site unless a landing origin is configured.
    'entrypoints:resolved': (wxt, entrypoints) => {
      const script = entrypoints.find((e) => e.name === 'clinic-landing' && e.type === 'content-script');
      if (!script || script.type !== 'content-script') return;
      if (!landing.landingOrigin) script.skipped = true;
      else script.options.matches = [landingMatchPattern(landing.landingOrigin, wxt.config.browser)];
    },
    // The message catalogue in utils/catalogue.ts is the one source of every sentence;
    // browser.i18n's messages.json is generated from it so the two never drift.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: '_locales/en/messages.json', contents: messagesJson() });
    },
  },
});
