import { describe, expect, it } from 'vitest';
import { careSummary, summaryWeeks } from '@/utils/backup/careSummary';
import type { Habit } from '@/utils/habits/record';
import type { DayCheckins } from '@/utils/history/records';
import { DEFAULT_PROTOCOL } from '@/utils/treatment/record';

// Friday 27 November 2026, noon local time.
const now = new Date(2026, 10, 27, 12);

const habit = (id: string, fields: Partial<Habit> = {}): Habit => ({
  id,
  preset: null,
  name: id,
  direction: 'build',
  goal: { per: 'day' },
  status: 'active',
  createdAt: new Date(2026, 9, 1, 8).toISOString(),
  nudges: [],
  ...fields,
});

const weeksWith = (keys: string[][], marks: Record<string, DayCheckins>) => keys.map((week) => ({ keys: week, checkins: week.map((d) => marks[d] ?? {}) }));

describe('the weeks of the summary', () => {
  it('are the last 12 weeks up to this one, oldest first, on the chosen week start', () => {
    const weeks = summaryWeeks(now, 1);
    expect(weeks).toHaveLength(12);
    expect(weeks.at(-1)).toEqual(['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29']);
    expect(weeks[0]![0]).toBe('2026-09-07');
    expect(summaryWeeks(now, 0, 1)[0]![0]).toBe('2026-11-22');
  });

  it('stay whole weeks across the change from summer time', () => {
    for (const week of summaryWeeks(new Date(2026, 10, 2, 12), 0, 3)) expect(new Set(week).size).toBe(7);
  });
});

describe('consistency per week', () => {
  const keys = summaryWeeks(now, 1, 2);
  const daily = habit('morning-light', { name: 'Morning light outside' });
  const weekly = habit('movement', { name: 'Movement', goal: { per: 'week', times: 2 } });
  const late = habit('custom-new', { name: 'Stretch', createdAt: new Date(2026, 10, 25, 9).toISOString() });
  const archivedUnused = habit('old-one', { status: 'archived' });
  const archivedUsed = habit('old-used', { status: 'archived', name: 'Old but kept' });
  const marks: Record<string, DayCheckins> = {
    '2026-11-16': { 'morning-light': 'done', movement: 'done', 'old-used': 'done' },
    '2026-11-17': { 'morning-light': 'done' },
    '2026-11-18': { 'morning-light': 'skip' },
    '2026-11-23': { 'morning-light': 'done', movement: 'done' },
    '2026-11-24': { movement: 'done', 'custom-new': 'done' },
    '2026-11-25': { 'custom-new': 'done' },
  };
  const view = careSummary(
    { infusions: [], sessions: [], protocol: DEFAULT_PROTOCOL },
    { habits: [daily, weekly, late, archivedUnused, archivedUsed], offersDeclined: {} },
    weeksWith(keys, marks),
    now,
  );

  it('shows days done against the goal, less skipped days for a daily habit', () => {
    expect(view.consistency.habits.map((h) => h.name)).toEqual(['Morning light outside', 'Movement', 'Stretch', 'Old but kept']);
    expect(view.consistency.weeks[0]!.cells).toEqual(['2 of 6 (1 skipped)', '1 of 2', '–', '1 of 7']);
  });

  it('counts this week up to today, and a new habit from its first day', () => {
    // Monday to Friday so far; Stretch began on Wednesday (a check-in before that does not count).
    expect(view.consistency.weeks[1]!.cells).toEqual(['1 of 5', '2 of 2', '1 of 3', '0 of 5']);
  });

  it('labels each week by its first day', () => {
    const first = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(2026, 10, 16));
    expect(view.consistency.weeks[0]!.label).toBe(`Week of ${first}`);
  });

  it('lists the goals of habits that are not archived, saying which are paused or to stop', () => {
    const summary = careSummary(
      { infusions: [], sessions: [], protocol: DEFAULT_PROTOCOL },
      { habits: [daily, weekly, habit('no-phone', { name: 'No phone after 22:00', direction: 'stop', status: 'paused', goal: { per: 'week', times: 1 } }), archivedUsed], offersDeclined: {} },
      [],
      now,
    );
    expect(summary.habits.map((h) => [h.name, h.goal, h.notes])).toEqual([
      ['Morning light outside', 'every day', []],
      ['Movement', '2 times a week', []],
      ['No phone after 22:00', 'once a week', ['to stop', 'paused']],
    ]);
  });
});

describe('the treatment timeline', () => {
  const view = careSummary(
    {
      infusions: [
        { at: new Date(2026, 10, 20, 9).toISOString(), kind: 'infusion', note: 'went well' },
        { at: new Date(2026, 11, 4, 9).toISOString(), kind: 'booster' },
      ],
      sessions: [{ at: new Date(2026, 10, 22, 15).toISOString(), kind: 'kap' }],
      protocol: { ...DEFAULT_PROTOCOL, boosterIntervalWeeks: 4 },
    },
    { habits: [], offersDeclined: {} },
    [],
    now,
  );

  it('lists infusions and sessions together in time order, marking planned ones', () => {
    expect(view.timeline.map((r) => [r.what, r.note, r.planned])).toEqual([
      ['Infusion', 'went well', false],
      ['Ketamine-assisted psychotherapy (KAP)', '', false],
      ['Booster', '', true],
    ]);
  });

  it('states the protocol and where the patient is now', () => {
    expect(view.protocol).toBe('6 infusions in the series, 2 a week; window 48 hours; 3 therapy sessions planned; booster reminder: every 4 weeks.');
    expect(view.phase).toBe('Now: Induction: infusion 1 of 6.');
  });

  it('says nothing about a phase before any infusion', () => {
    expect(careSummary({ infusions: [], sessions: [], protocol: DEFAULT_PROTOCOL }, { habits: [], offersDeclined: {} }, [], now).phase).toBeNull();
  });
});
