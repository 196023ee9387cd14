import { describe, expect, it } from 'vitest';
import { EMPTY_TREATMENT, type Infusion } from '@/utils/treatment/record';
import { nearbyInfusion, parseLocalDateTime, removeInfusion, restoreEntry, saveInfusion, saveSession, setProtocolValue } from '@/utils/treatment/edits';

const now = new Date('2026-11-27T10:00:00');

describe('parseLocalDateTime', () => {
  it.each([
    ['', 'Please enter a date and time.'],
    ['   ', 'Please enter a date and time.'],
    ['yesterday', 'That is not a date and time we can read'],
    ['2026-13-01T09:00', 'That is not a date and time we can read'],
    ['2026-02-30T09:00', 'That is not a date and time we can read'],
    ['2026-11-27', 'That is not a date and time we can read'],
    ['1999-12-31T23:59', 'Please enter a date in the year 2000 or later.'],
    ['2027-11-28T09:00', 'That is more than a year ahead'],
  ])('refuses %j with a sentence', (input, message) => {
    const result = parseLocalDateTime(input, now);
    expect('error' in result && result.error).toContain(message);
  });

  it('reads a datetime-local value as local time', () => {
    expect(parseLocalDateTime('2026-11-27T09:30', now)).toEqual({ at: new Date(2026, 10, 27, 9, 30).toISOString() });
  });

  it('accepts a planned date up to a year ahead', () => {
    expect('at' in parseLocalDateTime('2027-11-27T09:00', now)).toBe(true);
  });
});

describe('saveInfusion', () => {
  it('adds an infusion, keeping the list in time order', () => {
    const one = saveInfusion(EMPTY_TREATMENT, { at: '2026-11-20T09:00', kind: 'infusion' }, now);
    if (!one.ok) throw new Error(one.error);
    const two = saveInfusion(one.record, { at: '2026-11-16T09:00', kind: 'booster', note: '  felt calm  ' }, now);
    if (!two.ok) throw new Error(two.error);
    expect(two.record.infusions.map((i) => i.kind)).toEqual(['booster', 'infusion']);
    expect(two.record.infusions[0]?.note).toBe('felt calm');
  });

  it('refuses a duplicate within the same minute and changes nothing', () => {
    const one = saveInfusion(EMPTY_TREATMENT, { at: '2026-11-20T09:00', kind: 'infusion' }, now);
    if (!one.ok) throw new Error(one.error);
    const dup = saveInfusion(one.record, { at: '2026-11-20T09:00', kind: 'booster' }, now);
    expect(dup).toEqual({ ok: false, field: 'infusion-at', error: 'You already have an infusion at that time.' });
    expect(one.record.infusions).toHaveLength(1);
  });

  it('edits an entry in place, allowing its own minute', () => {
    const one = saveInfusion(EMPTY_TREATMENT, { at: '2026-11-20T09:00', kind: 'infusion' }, now);
    if (!one.ok) throw new Error(one.error);
    const at = one.record.infusions[0]!.at;
    const edited = saveInfusion(one.record, { at: '2026-11-20T09:00', kind: 'booster' }, now, at);
    expect(edited.ok && edited.record.infusions).toEqual([{ at, kind: 'booster' }]);
  });

  it('deletes by instant', () => {
    const one = saveInfusion(EMPTY_TREATMENT, { at: '2026-11-20T09:00', kind: 'infusion' }, now);
    if (!one.ok) throw new Error(one.error);
    expect(removeInfusion(one.record, one.record.infusions[0]!.at).infusions).toEqual([]);
  });

  it('refuses a bad session date with its own field', () => {
    expect(saveSession(EMPTY_TREATMENT, { at: '', kind: 'kap' }, now)).toMatchObject({ ok: false, field: 'session-at' });
  });
});

describe('setProtocolValue', () => {
  it.each([
    ['inductionCount', '0', 'Infusions in the series: enter a whole number from 1 to 12.'],
    ['inductionCount', '13', 'from 1 to 12'],
    ['inductionCount', '2.5', 'whole number'],
    ['inductionCount', '', 'whole number'],
    ['infusionsPerWeek', '4', 'from 1 to 3'],
    ['windowHours', '23', 'from 24 to 72'],
    ['windowHours', 'abc', 'from 24 to 72'],
    ['boosterIntervalWeeks', '1', 'or leave it empty'],
    ['therapySessionCount', '21', 'from 0 to 20'],
  ] as const)('refuses %s = %j', (key, raw, message) => {
    const result = setProtocolValue(EMPTY_TREATMENT, key, raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('sets a value in range and turns the booster reminder off when emptied', () => {
    const set = setProtocolValue(EMPTY_TREATMENT, 'windowHours', '72');
    expect(set.ok && set.record.protocol.windowHours).toBe(72);
    const booster = setProtocolValue(EMPTY_TREATMENT, 'boosterIntervalWeeks', '4');
    if (!booster.ok) throw new Error(booster.error);
    const off = setProtocolValue(booster.record, 'boosterIntervalWeeks', '');
    expect(off.ok && off.record.protocol.boosterIntervalWeeks).toBeNull();
  });
});

describe('same day, same infusion? (issue 16)', () => {
  const one = { ...EMPTY_TREATMENT, infusions: [{ at: new Date('2026-11-20T09:00').toISOString(), kind: 'infusion' as const }] };

  it.each([
    ['2026-11-20T09:30', true],
    ['2026-11-20T15:00', true],
    ['2026-11-20T03:00', true],
    ['2026-11-20T15:01', false],
    ['2026-11-21T09:00', false],
    ['not a date', false],
  ])('an infusion at %s is close enough to ask about: %s', (input, asks) => {
    expect(nearbyInfusion(one, input, now) !== null).toBe(asks);
  });

  it('does not ask about the entry being changed, nor about one at the same minute (that is refused as a duplicate)', () => {
    expect(nearbyInfusion(one, '2026-11-20T10:00', now, one.infusions[0]!.at)).toBeNull();
    expect(nearbyInfusion(one, '2026-11-20T09:00', now)).toBeNull();
  });

  it('names the nearest when several are close', () => {
    const two = { ...one, infusions: [...one.infusions, { at: new Date('2026-11-20T12:00').toISOString(), kind: 'booster' as const }] };
    expect(nearbyInfusion(two, '2026-11-20T11:00', now)?.kind).toBe('booster');
  });
});

describe('restoreEntry (Undo)', () => {
  const a: Infusion = { at: '2026-11-20T09:00:00.000Z', kind: 'infusion', note: 'left arm' };
  const b: Infusion = { at: '2026-11-23T09:00:00.000Z', kind: 'infusion' };

  it('puts the deleted entry back in its place, note and all', () => {
    expect(restoreEntry([b], a)).toEqual([a, b]);
  });

  it('adds nothing if an entry was made at that minute since', () => {
    expect(restoreEntry([a, b], { ...a, note: 'other' })).toEqual([a, b]);
  });
});
