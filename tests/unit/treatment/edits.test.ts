import { describe, expect, it } from 'vitest';
import { EMPTY_TREATMENT, type Infusion } from '@/utils/treatment/record';
import { addStage, nearbyInfusion, parseLocalDateTime, removeInfusion, removeStage, restoreEntry, saveInfusion, saveSession, setProtocolValue, setStageValue, setTreatmentKind } from '@/utils/treatment/edits';
import { KIND_PRESETS as PRESETS } from '@/utils/treatment/presets';
import { scheduleLines } from '@/utils/treatment/schedule';

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
    expect(edited.ok && edited.record.infusions).toEqual([{ at, kind: 'booster', treatment: 'iv' }]);
  });

  it('stamps an entry with the kind it is entered as, and an edit keeps the stamp it had', () => {
    const iv = saveInfusion(EMPTY_TREATMENT, { at: '2026-11-20T09:00', kind: 'infusion' }, now);
    if (!iv.ok) throw new Error(iv.error);
    const spray = setTreatmentKind(iv.record, 'esketamine');
    const edited = saveInfusion(spray, { at: '2026-11-20T10:00', kind: 'infusion' }, now, iv.record.infusions[0]!.at);
    const added = edited.ok && saveInfusion(edited.record, { at: '2026-11-23T10:00', kind: 'infusion' }, now);
    expect(added && added.ok && added.record.infusions.map((i) => i.treatment)).toEqual(['iv', 'esketamine']);
  });

  it('says a duplicate in the words of the kind', () => {
    const spray = setTreatmentKind(EMPTY_TREATMENT, 'esketamine');
    const one = saveInfusion(spray, { at: '2026-11-20T09:00', kind: 'infusion' }, now);
    const dup = one.ok && saveInfusion(one.record, { at: '2026-11-20T09:00', kind: 'infusion' }, now);
    expect(dup).toEqual({ ok: false, field: 'infusion-at', error: 'You already have a treatment session at that time.' });
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

describe('the treatment kind and its schedule', () => {
  it('choosing a kind sets its preset schedule and keeps the window, the booster reminder and the therapy sessions', () => {
    const mine = { ...EMPTY_TREATMENT, protocol: { ...EMPTY_TREATMENT.protocol, windowHours: 60, boosterIntervalWeeks: 4, therapySessionCount: 5 } };
    const spray = setTreatmentKind(mine, 'esketamine');
    expect(spray.protocol).toEqual({ ...PRESETS.esketamine, windowHours: 60, boosterIntervalWeeks: 4, therapySessionCount: 5 });
    expect(setTreatmentKind(spray, 'iv').protocol).toEqual({ ...mine.protocol });
  });

  it('writes the esketamine schedule as the label does', () => {
    expect(scheduleLines(PRESETS.esketamine)).toEqual(['Series: weeks 1–4, twice a week', 'Weeks 5–8: once a week', 'From week 9: once every 2 weeks']);
    expect(scheduleLines(PRESETS.iv)).toEqual(['Series: weeks 1–3, twice a week']);
    expect(scheduleLines(PRESETS.home)).toEqual(['Series: weeks 1–6, once a week']);
  });

  it('adjusts every number of a stage, within its range, and only the last may be open-ended', () => {
    const spray = setTreatmentKind(EMPTY_TREATMENT, 'esketamine');
    const weekly = setStageValue(spray, 1, 'everyWeeks', '1');
    expect(weekly.ok && weekly.record.protocol.stages[1]).toEqual({ weeks: null, times: 1, everyWeeks: 1 });
    expect(setStageValue(spray, 0, 'weeks', '')).toMatchObject({ ok: false, error: 'Only the last stage can go on without an end: enter its weeks.' });
    expect(setStageValue(spray, 0, 'times', '4')).toMatchObject({ ok: false, error: 'Times: enter a whole number from 1 to 3.' });
    const ended = setStageValue(spray, 1, 'weeks', '8');
    expect(ended.ok && scheduleLines(ended.record.protocol).at(-1)).toBe('Weeks 9–16: once every 2 weeks');
  });

  it('adds an open-ended stage after the last, ending the one before, and removes one', () => {
    const added = addStage(setTreatmentKind(EMPTY_TREATMENT, 'esketamine'));
    expect(added.ok && added.record.protocol.stages).toEqual([...PRESETS.esketamine.stages.slice(0, 1), { weeks: 4, times: 1, everyWeeks: 2 }, { weeks: null, times: 1, everyWeeks: 1 }]);
    const iv = addStage(EMPTY_TREATMENT);
    expect(iv.ok && iv.record.protocol.stages).toEqual([{ weeks: null, times: 1, everyWeeks: 1 }]);
    expect(removeStage(setTreatmentKind(EMPTY_TREATMENT, 'esketamine'), 0).protocol.stages).toEqual([{ weeks: null, times: 1, everyWeeks: 2 }]);
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
