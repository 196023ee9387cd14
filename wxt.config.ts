import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { messagesJson } from './utils/catalogue';

// The manifest is the privacy contract: only these permissions, no host permissions,
// no remote code. tests/e2e/manifest.test.ts fails on anything more.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // AFTERGLOW_OUT_DIR lets two builds (say, a benchmark and a test run) live side by side.
  outDir: process.env.AFTERGLOW_OUT_DIR ?? '.output',
  // Explicit imports keep the direction of data flow readable in every file.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications', 'idle'],
    action: { default_title: '__MSG_extName__' },
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
    // The message catalogue in utils/catalogue.ts is the one source of every sentence;
    // browser.i18n's messages.json is generated from it so the two never drift.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: '_locales/en/messages.json', contents: messagesJson() });
    },
  },
});
