import { describe, expect, it } from 'vitest';
import { PRESET_IDS, PRESETS } from '@/utils/habits/record';

describe('habit presets', () => {
  it('lists every preset id once, in the same order as the defaults', () => {
    expect(PRESET_IDS).toEqual(Object.keys(PRESETS));
  });
});
