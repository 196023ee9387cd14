import { describe, expect, it } from 'vitest';
import { isRealDay } from '@/utils/history/records';
import { jsonErrorPlace } from '@/utils/backup/jsonErrorPlace';

describe('where a text stops being JSON', () => {
  it.each([
    ['x', 1, 1],
    ['{"a": 1,}', 1, 9],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['{"a": tru}', 1, 7],
    ['{"a": "line\nbreak"}', 1, 7],
    ['[1, 2', 1, 6],
    ['{"a": 1} trailing', 1, 10],
    ['{"a": 01}', 1, 8],
    ['{\'a\': 1}', 1, 2],
  ])('%j: line %i, column %i', (text, line, column) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(jsonErrorPlace(text)).toEqual({ line, column });
  });

  it('copes with nesting deeper than the stack', () => {
    const deep = '['.repeat(200_000);
    expect(jsonErrorPlace(deep).line).toBe(1);
  });
});

describe('a day key', () => {
  it.each([
    ['2026-11-27', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-11-31', false],
    ['2026-1-1', false],
  ])('%s is a real day: %s', (key, real) => {
    expect(isRealDay(key)).toBe(real);
  });
});
