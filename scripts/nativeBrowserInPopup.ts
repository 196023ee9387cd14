import type { Plugin } from 'vite';

/**
 * The popup's build uses the browser's own extension API where the other pages and the
 * background use webextension-polyfill. Chrome's Manifest V3 APIs return promises and Firefox
 * has `browser` itself, and the popup needs nothing more: no runtime.onMessage listener (the
 * one thing the polyfill adds that Chrome lacks, a listener answering with a promise, lives in
 * the background). The polyfill is 3 KB gzip of the popup's 12 KB first-paint budget, parsed
 * before the phase card can paint (issue 15: room for the kinds and the second language).
 * The popup is built on its own (wxt.config.ts), so this decides for it alone.
 */
export function nativeBrowserInPopup(): Plugin {
  let popup = false;
  const ID = '\0afterglow:native-browser';
  return {
    name: 'afterglow:native-browser-in-popup',
    enforce: 'pre',
    buildStart(options) {
      const inputs = Array.isArray(options.input) ? options.input : Object.values(options.input ?? {});
      popup = inputs.length > 0 && inputs.every((input) => /entrypoints[\\/]popup[\\/]index\.html$/.test(input));
    },
    resolveId(source) {
      return popup && source === 'webextension-polyfill' ? ID : null;
    },
    load(id) {
      return id === ID ? 'export default globalThis.browser?.runtime?.id ? globalThis.browser : globalThis.chrome;' : null;
    },
  };
}
