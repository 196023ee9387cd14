import { describe, expect, it } from 'vitest';
import { careSummary, summaryWeeks } from '@/utils/backup/careSummary';
import type { Habit } from '@/utils/habits/record';
import { habitListView } from '@/utils/habits/listView';
import { rebuildSummary } from '@/utils/habits/scoreSummary';
import { shiftDay } from '@/utils/time/dayKey';
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

  it('counts this week up to today, and a new habit from its first day or its first check-in', () => {
    // Monday to Friday so far; Stretch was made on Wednesday and Tuesday filled in afterwards:
    // Tuesday to Friday, 2 done, as the popup counts them.
    expect(view.consistency.weeks[1]!.cells).toEqual(['1 of 5', '2 of 2', '2 of 4', '0 of 5']);
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

describe('agrees with the popup (issue 18)', () => {
  // 40 weeks of "Movement, once a week", on the Monday one week and the Sunday the next, and a
  // daily habit made on Wednesday this week with Monday filled in afterwards.
  const weekStartsOn = 1;
  const movement = habit('movement', { name: 'Movement', goal: { per: 'week', times: 1 }, createdAt: new Date(2026, 1, 16, 8).toISOString() });
  const fresh = habit('custom-fresh', { name: 'Stretch', createdAt: new Date(2026, 10, 25, 9).toISOString() });
  const thisWeek = summaryWeeks(now, weekStartsOn, 1)[0]!;
  const marks: Record<string, DayCheckins> = {};
  const mark = (day: string, id: string) => (marks[day] = { ...marks[day], [id]: 'done' });
  for (let k = 0; k < 40; k++) mark(shiftDay(thisWeek[0]!, -7 * k + (k % 2 === 0 ? 0 : 6)), 'movement');
  mark(thisWeek[0]!, 'custom-fresh');
  mark(thisWeek[2]!, 'custom-fresh');
  const records = { habits: [movement, fresh], offersDeclined: {} };
  const weeks = weeksWith(summaryWeeks(now, weekStartsOn), marks);
  const view = careSummary({ infusions: [], sessions: [], protocol: DEFAULT_PROTOCOL }, records, weeks, now);

  // The popup, as it loads: this week's days and the score summary refreshed for this week.
  const history = Array.from({ length: 7 * 45 }, (_, i) => shiftDay(thisWeek[0]!, i - 7 * 44));
  const lastWeeks = history.filter((d) => d < thisWeek[0]!);
  const summary = rebuildSummary(null, records.habits, thisWeek[0]!, lastWeeks, lastWeeks.map((d) => marks[d] ?? {}));
  const popup = habitListView(records, { keys: thisWeek, checkins: thisWeek.map((d) => marks[d] ?? {}), todayIndex: 4 }, summary, false);

  it('reads 1 of 1 every week for the weekly habit, and the popup 100%', () => {
    expect(view.consistency.weeks.map((w) => w.cells[0])).toEqual(Array(12).fill('1 of 1'));
    expect(popup.rows[0]!.detail).toBe('1 of 1 this week · consistency 100%');
  });

  it('counts the same days done as the popup this week, and as the offers last weeks', () => {
    const popupDone = (detail: string) => Number(/^(\d+) of/.exec(detail)![1]);
    const cellDone = (cell: string) => Number(/^(\d+) of/.exec(cell)![1]);
    const thisWeekCells = view.consistency.weeks.at(-1)!.cells;
    expect(thisWeekCells.map(cellDone)).toEqual(popup.rows.map((r) => popupDone(r.detail)));
    // Made on Wednesday: Monday counts for its check-in, Tuesday does not count against it.
    expect(thisWeekCells[1]).toBe('2 of 4');
    const tallies = summary.habits.movement!.weeks;
    expect(tallies.map((w) => w.done)).toEqual(view.consistency.weeks.slice(-5, -1).map((w) => cellDone(w.cells[0]!)));
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

describe('the summary does not list empty weeks before a habit began (issue 16)', () => {
  const weeks = weeksWith(summaryWeeks(now, 1), {});
  const empty = { infusions: [], sessions: [], protocol: DEFAULT_PROTOCOL };

  it('a habit made today: this week only', () => {
    const view = careSummary(empty, { habits: [habit('new', { createdAt: now.toISOString() })], offersDeclined: {} }, weeks, now);
    expect(view.consistency.weeks).toHaveLength(1);
    expect(view.consistency.weeks[0]!.cells).toEqual(['0 of 1']); // today only counts, from the day it was made
  });

  it('a habit made three weeks ago: from its first week on', () => {
    const view = careSummary(empty, { habits: [habit('older', { createdAt: new Date(2026, 10, 4, 9).toISOString() })], offersDeclined: {} }, weeks, now);
    expect(view.consistency.weeks).toHaveLength(4);
    expect(view.consistency.weeks[0]!.cells[0]).not.toBe('–');
  });
});
