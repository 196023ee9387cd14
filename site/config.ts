/**
 * Build-time configuration of the clinic landing page, read from the environment by both
 * builds (wxt.config.ts for the extension, site/vite.config.ts for the static site).
 * README.md, "For clinics", documents each variable.
 *
 * - AFTERGLOW_LANDING_ORIGIN: where the landing page is hosted, e.g. https://start.example.org.
 *   The extension's content script matches this origin only; unset, the content script is
 *   left out of the build entirely and the extension has no access to any site.
 * - AFTERGLOW_LANDING_PATH: the landing page's path on that origin (default "/").
 * - AFTERGLOW_STORE_CHROME, AFTERGLOW_STORE_EDGE, AFTERGLOW_STORE_FIREFOX: the store pages
 *   the landing page's install buttons open (defaults: a search for Afterglow in each store).
 */
export interface LandingConfig {
  landingOrigin: string | null;
  landingUrl: string | null;
  storeUrls: { chrome: string; edge: string; firefox: string };
}

export const DEFAULT_STORE_URLS = {
  chrome: 'https://chromewebstore.google.com/search/Afterglow',
  edge: 'https://microsoftedge.microsoft.com/addons/search/Afterglow',
  firefox: 'https://addons.mozilla.org/firefox/search/?q=Afterglow',
} as const;

/** An origin as the browser writes it (scheme, host, port only), or a build error. */
export function checkOrigin(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`AFTERGLOW_LANDING_ORIGIN is not a URL: ${raw}`);
  }
  const local = url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname);
  if (url.protocol !== 'https:' && !local) throw new Error(`AFTERGLOW_LANDING_ORIGIN must be https (or http on 127.0.0.1 for tests): ${raw}`);
  if (url.origin !== raw.replace(/\/$/, '')) throw new Error(`AFTERGLOW_LANDING_ORIGIN must be an origin, without a path: ${raw}`);
  return url.origin;
}

function storeUrl(raw: string | undefined, fallback: string): string {
  if (!raw) return fallback;
  if (!raw.startsWith('https://')) throw new Error(`Store URLs must be https: ${raw}`);
  return raw;
}

export function readLandingConfig(env: Record<string, string | undefined> = process.env): LandingConfig {
  const landingOrigin = env.AFTERGLOW_LANDING_ORIGIN ? checkOrigin(env.AFTERGLOW_LANDING_ORIGIN) : null;
  const path = env.AFTERGLOW_LANDING_PATH ?? '/';
  return {
    landingOrigin,
    landingUrl: landingOrigin ? new URL(path.startsWith('/') ? path : `/${path}`, landingOrigin).toString() : null,
    storeUrls: {
      chrome: storeUrl(env.AFTERGLOW_STORE_CHROME, DEFAULT_STORE_URLS.chrome),
      edge: storeUrl(env.AFTERGLOW_STORE_EDGE, DEFAULT_STORE_URLS.edge),
      firefox: storeUrl(env.AFTERGLOW_STORE_FIREFOX, DEFAULT_STORE_URLS.firefox),
    },
  };
}

/**
 * The content script's match pattern for the landing origin. Firefox match patterns cannot
 * hold a port (Firefox bugs 1362809, 1468162), so there it matches the host on any port; the
 * background still accepts only the exact origin (utils/clinic/landingHandshake.ts).
 */
export function landingMatchPattern(origin: string, browser: string): string {
  const url = new URL(origin);
  return browser === 'firefox' ? `${url.protocol}//${url.hostname}/*` : `${url.origin}/*`;
}

/** Vite `define` entries that bake the configuration into the code (utils/buildConfig.ts reads them). */
export function landingDefines(config: LandingConfig): Record<string, string> {
  return {
    'import.meta.env.AFTERGLOW_LANDING_ORIGIN': JSON.stringify(config.landingOrigin ?? ''),
    'import.meta.env.AFTERGLOW_LANDING_URL': JSON.stringify(config.landingUrl ?? ''),
    'import.meta.env.AFTERGLOW_STORE_CHROME': JSON.stringify(config.storeUrls.chrome),
    'import.meta.env.AFTERGLOW_STORE_EDGE': JSON.stringify(config.storeUrls.edge),
    'import.meta.env.AFTERGLOW_STORE_FIREFOX': JSON.stringify(config.storeUrls.firefox),
  };
}
