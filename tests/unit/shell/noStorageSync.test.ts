import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// storage.sync uploads what is stored to the browser account: health data must never go there
// (docs/clinical-defaults.md#privacy). The built output is checked in tests/e2e/builtCode.e2e.test.ts.
const SOURCES = ['utils', 'entrypoints', 'components', 'site', 'scripts', 'public', 'wxt.config.ts'];

function filesUnder(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => (name === 'node_modules' || name.startsWith('.') ? [] : filesUnder(join(path, name))));
}

const sources = SOURCES.flatMap(filesUnder).filter((f) => /\.(ts|tsx|js|mjs|html|json)$/.test(f));

describe('the sources', () => {
  it('are found', () => {
    expect(sources).toContain('utils/shell/storage.ts');
  });

  it('never use storage.sync, nor a WXT item in the sync area', () => {
    const offenders = sources.filter((file) => {
      // Comments may explain the rule ("storage.sync would upload …"); code may not break it.
      const text = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\/?\*)/.test(line))
        .join('\n');
      return /storage\s*(?:\.\s*sync\b|\[\s*["'`]sync["'`]\s*\])/.test(text) || /["'`]sync:/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
