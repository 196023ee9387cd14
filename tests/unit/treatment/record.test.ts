import { describe, expect, it } from 'vitest';
import { DEFAULT_PROTOCOL } from '@/utils/treatment/record';
import { salvageTreatment } from '@/utils/treatment/schema';

const good = { at: '2026-11-20T09:00:00.000Z', kind: 'infusion' };

describe('salvageTreatment', () => {
  it('accepts a valid record unchanged', () => {
    const record = { infusions: [good], sessions: [], protocol: DEFAULT_PROTOCOL };
    expect(salvageTreatment(record)).toEqual({ record, rejected: [] });
  });

  it('keeps valid infusions and sets aside each invalid one with where and why', () => {
    const bad = { at: 'not a date', kind: 'infusion' };
    const { record, rejected } = salvageTreatment({ infusions: [good, bad, { ...good, kind: 'party' }], sessions: [], protocol: DEFAULT_PROTOCOL });
    expect(record.infusions).toEqual([good]);
    expect(rejected.map((r) => r.path)).toEqual(['treatment.infusions[1]', 'treatment.infusions[2]']);
    expect(rejected[0]?.value).toEqual(bad);
    expect(rejected[0]?.problem).toMatch(/at/);
  });

  it('falls back to the default protocol when the stored one is out of range', () => {
    const { record, rejected } = salvageTreatment({ infusions: [], sessions: [], protocol: { ...DEFAULT_PROTOCOL, windowHours: 500 } });
    expect(record.protocol).toEqual(DEFAULT_PROTOCOL);
    expect(rejected).toMatchObject([{ path: 'treatment.protocol' }]);
  });

  it.each([[null], ['text'], [42], [[]]])('treats %j as an empty record, setting it aside', (raw) => {
    const { record, rejected } = salvageTreatment(raw);
    expect(record.infusions).toEqual([]);
    expect(rejected.length).toBeGreaterThan(0);
  });

  it('sets aside unknown fields instead of dropping them', () => {
    const { rejected } = salvageTreatment({ infusions: [], sessions: [], protocol: DEFAULT_PROTOCOL, mood: 3 });
    expect(rejected).toEqual([{ path: 'treatment.mood', value: 3, problem: 'unknown field' }]);
  });

  it('refuses an impossible calendar date', () => {
    expect(salvageTreatment({ infusions: [{ ...good, at: '2026-02-30T09:00:00.000Z' }], sessions: [], protocol: DEFAULT_PROTOCOL }).rejected).toHaveLength(1);
  });
});
