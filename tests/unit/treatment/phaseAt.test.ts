import { describe, expect, it } from 'vitest';
import { NEW_SERIES_AFTER_DAYS, phaseAt, therapySessionsAt } from '@/utils/treatment/phaseAt';
import type { Infusion, TreatmentRecord } from '@/utils/treatment/record';
import { DEFAULT_PROTOCOL, EMPTY_TREATMENT } from '@/utils/treatment/record';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string): Infusion => ({ at: new Date(iso).toISOString(), kind: 'infusion' });
const record = (infusions: Infusion[], protocol = DEFAULT_PROTOCOL): TreatmentRecord => ({ ...EMPTY_TREATMENT, infusions, protocol });
/** Six infusions over three weeks, Mondays and Thursdays from 2 Nov 2026, 09:00 UTC. */
const series = ['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12', '2026-11-16', '2026-11-19'].map((d) => at(`${d}T09:00:00Z`));

describe('phaseAt', () => {
  it('is before treatment with no infusions', () => {
    const state = phaseAt(EMPTY_TREATMENT, new Date('2026-11-27T10:00:00Z'));
    expect(state).toMatchObject({ phase: 'before', window: null, series: null, lastInfusion: null, daysSinceLast: null, restUntil: null });
  });

  it('is before treatment while the only infusion is in the future, and names it as next', () => {
    const state = phaseAt(record([at('2026-12-01T09:00:00Z')]), new Date('2026-11-27T10:00:00Z'));
    expect(state.phase).toBe('before');
    expect(state.window).toBeNull();
    expect(state.nextScheduled?.at).toBe('2026-12-01T09:00:00.000Z');
    expect(state.nextSuggested).toBeNull();
  });

  it('opens the window for 48 hours after the first infusion an hour ago', () => {
    const state = phaseAt(record([at('2026-11-27T09:00:00Z')]), new Date('2026-11-27T10:00:00Z'));
    expect(state.phase).toBe('induction');
    expect(state.series).toMatchObject({ done: 1, of: 6 });
    expect(state.window?.end.toISOString()).toBe('2026-11-29T09:00:00.000Z');
    expect(state.window?.hoursLeft).toBe(47);
  });

  it('rounds hours left up: 10 hours after an infusion shows 38', () => {
    const state = phaseAt(record([at('2026-11-27T00:00:00Z')]), new Date('2026-11-27T10:00:00Z'));
    expect(state.window?.hoursLeft).toBe(38);
    const later = phaseAt(record([at('2026-11-27T00:00:00Z')]), new Date('2026-11-27T10:00:01Z'));
    expect(later.window?.hoursLeft).toBe(38);
  });

  it('closes the window exactly at its end', () => {
    const r = record([at('2026-11-20T09:00:00Z')]);
    expect(phaseAt(r, new Date('2026-11-22T08:59:59Z')).window?.hoursLeft).toBe(1);
    expect(phaseAt(r, new Date('2026-11-22T09:00:00Z')).window).toBeNull();
  });

  it('follows the window hours the protocol sets', () => {
    const r = record([at('2026-11-20T09:00:00Z')], { ...DEFAULT_PROTOCOL, windowHours: 24 });
    expect(phaseAt(r, new Date('2026-11-21T08:00:00Z')).window?.hoursLeft).toBe(1);
    expect(phaseAt(r, new Date('2026-11-21T09:00:00Z')).window).toBeNull();
  });

  it('counts six infusions over three weeks, then maintenance', () => {
    const r = record(series);
    expect(phaseAt(r, new Date('2026-11-10T12:00:00Z')).series).toMatchObject({ done: 3, of: 6 });
    const after = phaseAt(r, new Date('2026-11-27T10:00:00Z'));
    expect(after.phase).toBe('maintenance');
    expect(after.series).toMatchObject({ done: 6, of: 6 });
    expect(after.daysSinceLast).toBe(8);
    expect(after.nextSuggested).toBeNull();
  });

  it('counts a seventh infusion after the series as a booster, not a new series', () => {
    const state = phaseAt(record([...series, at('2026-12-10T09:00:00Z')]), new Date('2026-12-10T12:00:00Z'));
    expect(state.phase).toBe('maintenance');
    expect(state.series?.done).toBe(6);
    expect(state.window?.hoursLeft).toBe(45);
  });

  it('never counts an infusion recorded as a booster toward the series', () => {
    const boosters = [at('2026-11-02T09:00:00Z'), { ...at('2026-11-05T09:00:00Z'), kind: 'booster' as const }];
    expect(phaseAt(record(boosters), new Date('2026-11-06T12:00:00Z')).series?.done).toBe(1);
  });

  it(`starts a new series after a gap of three months (more than ${NEW_SERIES_AFTER_DAYS} days)`, () => {
    const state = phaseAt(record([...series, at('2027-02-22T09:00:00Z')]), new Date('2027-02-25T10:00:00Z'));
    expect(state.phase).toBe('induction');
    expect(state.series).toMatchObject({ done: 1, of: 6 });
    expect(state.series?.startedAt.toISOString()).toBe('2027-02-22T09:00:00.000Z');
  });

  it('keeps the series together across a gap just under the limit', () => {
    const gap = new Date(Date.parse(series[2]!.at) + (NEW_SERIES_AFTER_DAYS - 1) * DAY).toISOString();
    const state = phaseAt(record([...series.slice(0, 3), { at: gap, kind: 'infusion' }]), new Date(Date.parse(gap) + DAY));
    expect(state.series?.done).toBe(4);
  });

  it('suggests the next infusion by the cadence: 2 a week is 4 days later', () => {
    const state = phaseAt(record(series.slice(0, 2)), new Date('2026-11-05T12:00:00'));
    expect(state.nextSuggested?.getDate()).toBe(9);
  });

  it('suggests no earlier than today when the suggested day has passed', () => {
    const now = new Date('2026-11-20T12:00:00');
    const state = phaseAt(record(series.slice(0, 2)), now);
    expect(state.nextSuggested?.getDate()).toBe(20);
  });

  it('prefers a scheduled infusion to the cadence', () => {
    const state = phaseAt(record([...series.slice(0, 2), at('2026-11-10T09:00:00Z')]), new Date('2026-11-06T12:00:00Z'));
    expect(state.nextScheduled?.at).toBe('2026-11-10T09:00:00.000Z');
    expect(state.nextSuggested).toBeNull();
  });

  it('handles a leap day: 48 hours from 28 Feb 2028 end on 1 Mar', () => {
    const state = phaseAt(record([at('2028-02-28T12:00:00Z')]), new Date('2028-02-29T12:00:00Z'));
    expect(state.window?.end.toISOString()).toBe('2028-03-01T12:00:00.000Z');
    expect(state.window?.hoursLeft).toBe(24);
  });

  describe('booster reminders', () => {
    const withBooster = (weeks: number | null) => record(series, { ...DEFAULT_PROTOCOL, boosterIntervalWeeks: weeks });
    it('has none when the interval is off', () => {
      expect(phaseAt(withBooster(null), new Date('2027-01-30T12:00:00Z')).booster).toBeNull();
    });
    it('is upcoming before its date, due on it, overdue a week after', () => {
      const r = withBooster(4); // last infusion 19 Nov: due 17 Dec
      expect(phaseAt(r, new Date('2026-12-10T12:00:00')).booster?.status).toBe('upcoming');
      expect(phaseAt(r, new Date('2026-12-17T12:00:00')).booster?.status).toBe('due');
      expect(phaseAt(r, new Date('2026-12-24T12:00:00')).booster?.status).toBe('due');
      expect(phaseAt(r, new Date('2026-12-25T12:00:00')).booster?.status).toBe('overdue');
    });
    it('counts from the latest booster', () => {
      const r = record([...series, { at: '2026-12-17T09:00:00.000Z', kind: 'booster' }], { ...DEFAULT_PROTOCOL, boosterIntervalWeeks: 4 });
      expect(phaseAt(r, new Date('2026-12-25T12:00:00')).booster).toMatchObject({ status: 'upcoming' });
    });
  });

  it('makes infusion day a rest day until 06:00 local the next morning', () => {
    const r = record([at('2026-11-27T10:00:00')]);
    expect(phaseAt(r, new Date('2026-11-27T20:00:00')).restUntil?.getTime()).toBe(new Date('2026-11-28T06:00:00').getTime());
    expect(phaseAt(r, new Date('2026-11-28T06:00:00')).restUntil).toBeNull();
  });

  it('counts therapy sessions held in the current series and names the next', () => {
    const r: TreatmentRecord = {
      ...record(series),
      sessions: [
        { at: '2026-10-01T09:00:00.000Z', kind: 'preparation' },
        { at: '2026-11-03T09:00:00.000Z', kind: 'kap' },
        { at: '2026-12-01T09:00:00.000Z', kind: 'integration' },
      ],
    };
    expect(therapySessionsAt(r, new Date('2026-11-27T10:00:00Z'))).toMatchObject({ held: 1, planned: 3, next: { kind: 'integration' } });
  });
});
