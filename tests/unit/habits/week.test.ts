import { describe, expect, it } from 'vitest';
import { dayKey, weekDayKeys } from '@/utils/time/dayKey';
import { isGoalMet, weekProgress, weekStartsOnFor } from '@/utils/habits/progress';
import type { Habit } from '@/utils/habits/record';
import type { DayCheckins } from '@/utils/history/records';

const habit = (goal: Habit['goal'], extra: Partial<Habit> = {}): Habit => ({
  id: 'h',
  preset: null,
  name: 'Stretch at lunch',
  direction: 'build',
  goal,
  status: 'active',
  createdAt: '2026-01-01T10:00:00.000Z',
  nudges: [],
  ...extra,
});

/** This week's check-ins with the habit marked on the given days. */
function weekWith(now: Date, weekStartsOn: 0 | 1 | 6, marks: Record<string, 'done' | 'skip'>) {
  const keys = weekDayKeys(now, weekStartsOn);
  return { keys, checkins: keys.map((k): DayCheckins => (marks[k] ? { h: marks[k] } : {})) };
}

describe('the week a check-in counts in', () => {
  it.each([
    // [moment, week starts on, first day of its week]
    [new Date(2026, 10, 29, 23, 59, 59), 1, '2026-11-23'], // Sunday night, Monday weeks
    [new Date(2026, 10, 30, 0, 0, 0), 1, '2026-11-30'], // Monday midnight starts the next
    [new Date(2026, 10, 28, 23, 59, 59), 0, '2026-11-22'], // Saturday night, Sunday weeks
    [new Date(2026, 10, 29, 0, 0, 0), 0, '2026-11-29'], // Sunday midnight starts the next
    [new Date(2026, 10, 27, 23, 59, 59), 6, '2026-11-21'], // Friday night, Saturday weeks
    [new Date(2026, 10, 28, 0, 0, 0), 6, '2026-11-28'],
  ] as const)('puts %s in the week from %s (week starts on day %s)', (now, weekStartsOn, first) => {
    expect(weekDayKeys(now, weekStartsOn)[0]).toBe(first);
    expect(weekDayKeys(now, weekStartsOn)).toContain(dayKey(now));
  });

  it.each([
    // Europe's autumn change (25 Oct 2026), the US's (1 Nov 2026), and both spring changes.
    ['Europe autumn', new Date(2026, 9, 25, 12), new Date(2026, 9, 25, 2, 30)],
    ['US autumn', new Date(2026, 10, 1, 12), new Date(2026, 10, 1, 1, 30)],
    ['US spring', new Date(2026, 2, 8, 12), new Date(2026, 2, 8, 3, 30)],
    ['Europe spring', new Date(2026, 2, 29, 12), new Date(2026, 2, 29, 3, 30)],
  ])('keeps 7 distinct days in the week of the %s clock change, with both week starts', (_name, noon, early) => {
    for (const weekStartsOn of [0, 1] as const) {
      const keys = weekDayKeys(noon, weekStartsOn);
      expect(new Set(keys).size).toBe(7);
      expect(keys).toEqual(weekDayKeys(early, weekStartsOn));
      expect(keys).toContain(dayKey(noon));
    }
  });
});

describe("this week's count against the goal", () => {
  const friday = new Date(2026, 10, 27, 18);

  it('counts a 2-a-week goal on Monday weeks and on Sunday weeks', () => {
    const marks = { '2026-11-22': 'done', '2026-11-24': 'done' } as const; // Sunday, Tuesday
    const monday = weekWith(friday, 1, marks);
    expect(weekProgress(habit({ per: 'week', times: 2 }), monday.keys, monday.checkins)).toEqual({ done: 1, target: 2, skipped: 0, met: false });
    const sunday = weekWith(friday, 0, marks);
    expect(weekProgress(habit({ per: 'week', times: 2 }), sunday.keys, sunday.checkins)).toEqual({ done: 2, target: 2, skipped: 0, met: true });
  });

  it('takes skipped days off a daily goal, and neither counts nor breaks them', () => {
    const week = weekWith(friday, 1, { '2026-11-23': 'done', '2026-11-24': 'skip', '2026-11-25': 'done' });
    expect(weekProgress(habit({ per: 'day' }), week.keys, week.checkins)).toEqual({ done: 2, target: 6, skipped: 1, met: false });
  });

  it('counts paused days as skipped', () => {
    const week = weekWith(friday, 1, { '2026-11-23': 'done' });
    const paused = habit({ per: 'day' }, { pauses: [{ from: '2026-11-26', until: null }] });
    expect(weekProgress(paused, week.keys, week.checkins)).toMatchObject({ done: 1, target: 3, skipped: 4 });
  });

  it('leaves isGoalMet as the nudges know it: daily done or skipped today; weekly by count', () => {
    const week = weekWith(friday, 1, { '2026-11-27': 'skip' });
    expect(isGoalMet(habit({ per: 'day' }), week.checkins, 4)).toBe(true);
    expect(isGoalMet(habit({ per: 'week', times: 1 }), week.checkins, 4)).toBe(false);
  });
});

describe('the week start in force', () => {
  it("follows the setting, or the locale's when the setting is null", () => {
    expect(weekStartsOnFor(6, 'en-US')).toBe(6);
    expect(weekStartsOnFor(1, 'en-US')).toBe(1);
    expect(weekStartsOnFor(null, 'en-US')).toBe(0);
    expect(weekStartsOnFor(null, 'de-DE')).toBe(1);
  });
});
