import { describe, expect, it } from 'vitest';
import { DEFAULT_STORE_URLS, checkOrigin, landingDefines, landingMatchPattern, readLandingConfig } from '@/site/config';

describe('the landing page’s build configuration', () => {
  it('has no landing origin, and the default store pages, when nothing is set', () => {
    expect(readLandingConfig({})).toEqual({ landingOrigin: null, landingUrl: null, storeUrls: DEFAULT_STORE_URLS });
  });

  it('reads the origin, the path and the store pages', () => {
    expect(
      readLandingConfig({
        AFTERGLOW_LANDING_ORIGIN: 'https://start.example.org',
        AFTERGLOW_LANDING_PATH: 'afterglow/',
        AFTERGLOW_STORE_CHROME: 'https://chromewebstore.google.com/detail/afterglow/abc',
      }),
    ).toEqual({
      landingOrigin: 'https://start.example.org',
      landingUrl: 'https://start.example.org/afterglow/',
      storeUrls: { ...DEFAULT_STORE_URLS, chrome: 'https://chromewebstore.google.com/detail/afterglow/abc' },
    });
  });

  it.each([
    ['http://start.example.org', 'must be https'],
    ['https://start.example.org/afterglow', 'without a path'],
    ['start.example.org', 'not a URL'],
  ])('stops the build for the origin %s', (origin, message) => {
    expect(() => checkOrigin(origin)).toThrow(message);
  });

  it('allows http on 127.0.0.1 for the tests, and a trailing slash', () => {
    expect(checkOrigin('http://127.0.0.1:41731/')).toBe('http://127.0.0.1:41731');
  });

  it('refuses a store page that is not https', () => {
    expect(() => readLandingConfig({ AFTERGLOW_STORE_EDGE: 'http://example.org' })).toThrow('https');
  });

  it('matches the exact origin in Chrome and the host in Firefox, which cannot match a port', () => {
    expect(landingMatchPattern('http://127.0.0.1:41731', 'chrome')).toBe('http://127.0.0.1:41731/*');
    expect(landingMatchPattern('http://127.0.0.1:41731', 'firefox')).toBe('http://127.0.0.1/*');
    expect(landingMatchPattern('https://start.example.org', 'edge')).toBe('https://start.example.org/*');
  });

  it('bakes the values into the code as string literals', () => {
    const defines = landingDefines(readLandingConfig({ AFTERGLOW_LANDING_ORIGIN: 'https://start.example.org' }));
    expect(defines['import.meta.env.AFTERGLOW_LANDING_ORIGIN']).toBe('"https://start.example.org"');
    expect(defines['import.meta.env.AFTERGLOW_LANDING_URL']).toBe('"https://start.example.org/"');
  });
});
