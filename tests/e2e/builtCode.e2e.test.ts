import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './extension';

// The privacy promise, read off the code the store would receive: no remote code, nothing that
// turns text into code, no way to talk to a server, and no storage.sync (which would upload
// health data to the browser account). tests/e2e/privacy.e2e.test.ts checks the same promise
// by watching the network while the product is used.

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const built = filesUnder(EXTENSION_DIR);
const read = (file: string) => readFileSync(file, 'utf8');
const scripts = built.filter((f) => f.endsWith('.js'));
const pages = built.filter((f) => f.endsWith('.html'));

/** The files of `files` whose text matches `pattern`, with the match, for a readable failure. */
function offenders(files: string[], pattern: RegExp): Array<[string, string]> {
  return files.flatMap((file) => {
    const found = read(file).match(pattern);
    return found ? [[relative(EXTENSION_DIR, file), found[0]] as [string, string]] : [];
  });
}

describe('the built extension', () => {
  it('has pages and scripts to check', () => {
    expect(pages.map((p) => relative(EXTENSION_DIR, p))).toEqual(expect.arrayContaining(['popup.html', 'options.html', 'summary.html']));
    expect(scripts.length).toBeGreaterThan(5);
  });

  it('loads every script and style of its pages from the package, none inline', () => {
    for (const page of pages) {
      const html = read(page);
      const sources = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]!);
      for (const source of sources) expect(source, `${relative(EXTENSION_DIR, page)}: ${source}`).toMatch(/^\/(?!\/)|^\.{0,2}\/?[\w-]/);
      expect(sources.filter((s) => /^(https?:)?\/\//.test(s)), relative(EXTENSION_DIR, page)).toEqual([]);
      // An inline script (one with a body) would be refused by the CSP, and has no place here.
      expect(html.match(/<script\b[^>]*>[^<\s][^<]*<\/script>/), relative(EXTENSION_DIR, page)).toBeNull();
    }
  });

  it('imports no code from outside the package', () => {
    expect(offenders(scripts, /\bimport\s*\(\s*["'`](?:https?:)?\/\//)).toEqual([]);
    expect(offenders(scripts, /\bfrom\s*["'`](?:https?:)?\/\//)).toEqual([]);
    expect(offenders(scripts, /\bimportScripts\s*\(/)).toEqual([]);
    expect(offenders(scripts, /createElement\(\s*["'`]script["'`]\s*\)/)).toEqual([]);
  });

  it('turns no text into code: no eval, no Function constructor, no string timers', () => {
    expect(offenders(scripts, /(?<![\w$.])eval\s*\(/)).toEqual([]);
    expect(offenders(scripts, /(?<![\w$.])(?:new\s+)?Function\s*\(/)).toEqual([]);
    expect(offenders(scripts, /\bset(?:Timeout|Interval)\s*\(\s*["'`]/)).toEqual([]);
  });

  it('has no way to reach a server: no XHR, sockets or beacons, and fetch only in Vite’s preload of its own chunks', () => {
    expect(offenders(scripts, /\b(?:XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection)\b/)).toEqual([]);
    // Vite's modulepreload polyfill fetches the <link rel="modulepreload"> chunks of the page itself.
    const fetches = scripts.flatMap((f) => [...read(f).matchAll(/\bfetch\s*\(([^)]*)\)/g)].map((m) => m[1]!));
    for (const args of fetches) expect(args).toMatch(/^\w+\.href,\s*\w+$/);
  });

  it('never uses storage.sync', () => {
    expect(offenders(built.filter((f) => /\.(js|html|json)$/.test(f)), /storage\s*(?:\.\s*sync\b|\[\s*["'`]sync["'`]\s*\])/)).toEqual([]);
    // An area named in a key ("sync:treatment", WXT's storage style) would upload too: none may.
    expect(offenders(scripts, /["'`]sync:/)).toEqual([]);
  });
});
