import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { entrySizes } from '@/scripts/size.js';

// A build as Vite writes it, minified: the popup's entry imports one chunk statically and loads
// another after first paint through import() (in backticks, as the minifier writes some), and
// one more by its address from the build's root (scripts/chunkLoader.ts).
const FILES: Record<string, string> = {
  'manifest.json': '{"manifest_version":3}',
  'popup.html': '<script type="module" crossorigin src="/chunks/popup-a.js"></script><link rel="modulepreload" crossorigin href="/chunks/preact-b.js">',
  'chunks/popup-a.js': 'import{t as e}from"./preact-b.js";import"./card-c.js";const l=()=>import(`./later-d.js`);e(l,()=>import(`/chunks/byurl-f.js`));',
  'chunks/preact-b.js': 'export const t=(x)=>x;',
  'chunks/card-c.js': 'console.log("card");',
  'chunks/later-d.js': `import{t}from"./preact-b.js";import"./habits-e.js";export const later=${JSON.stringify('x'.repeat(500))};`,
  'chunks/habits-e.js': `export const habits=${JSON.stringify('y'.repeat(500))};`,
  'chunks/byurl-f.js': `export const more=${JSON.stringify('z'.repeat(500))};`,
  'background.js': 'chrome.alarms.onAlarm.addListener(()=>{});',
};

let dir: string;
const build = () => {
  dir = mkdtempSync(join(tmpdir(), 'afterglow-size-'));
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
};
const gz = (...files: string[]) => files.reduce((sum, f) => sum + gzipSync(FILES[f]!, { level: 9 }).length, 0);
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the size report', () => {
  it('counts every chunk the popup may load, by import() or by its URL, in its whole figure', () => {
    const popup = entrySizes(build()).find((r) => r.name === 'popup')!;
    expect(popup.bytes).toBe(gz('chunks/popup-a.js', 'chunks/preact-b.js', 'chunks/card-c.js', 'chunks/later-d.js', 'chunks/habits-e.js', 'chunks/byurl-f.js'));
  });

  it('counts only the entry and its static imports as needed for first paint', () => {
    const firstPaint = entrySizes(build()).find((r) => r.name === 'popup-first-paint')!;
    expect(firstPaint.bytes).toBe(gz('chunks/popup-a.js', 'chunks/preact-b.js', 'chunks/card-c.js'));
    expect(firstPaint.budget).toBe(12 * 1024);
  });

  it('holds the background to 17 KB', () => {
    const background = entrySizes(build()).find((r) => r.name === 'background')!;
    expect(background).toMatchObject({ budget: 17 * 1024, over: false });
  });
});
