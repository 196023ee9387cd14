/**
 * Values fixed at build time (site/config.ts reads them from the environment and both builds
 * `define` them). Empty in unit tests, where nothing defines them.
 */
declare global {
  interface ImportMetaEnv {
    readonly AFTERGLOW_LANDING_ORIGIN?: string;
    readonly AFTERGLOW_LANDING_URL?: string;
    readonly AFTERGLOW_STORE_CHROME?: string;
    readonly AFTERGLOW_STORE_EDGE?: string;
    readonly AFTERGLOW_STORE_FIREFOX?: string;
  }
}

/** The landing page's origin, or null when this build has none (and so no content script). */
export const LANDING_ORIGIN: string | null = import.meta.env.AFTERGLOW_LANDING_ORIGIN || null;
/** The landing page's address: the link builder's default. */
export const LANDING_URL: string = import.meta.env.AFTERGLOW_LANDING_URL || '';
export const STORE_URLS = {
  chrome: import.meta.env.AFTERGLOW_STORE_CHROME || '',
  edge: import.meta.env.AFTERGLOW_STORE_EDGE || '',
  firefox: import.meta.env.AFTERGLOW_STORE_FIREFOX || '',
};
