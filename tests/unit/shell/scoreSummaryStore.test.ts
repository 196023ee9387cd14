import { clear, createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dayKey, shiftDay, weekDayKeys } from '@/utils/time/dayKey';
import { dayMark, scoreOver } from '@/utils/habits/score';
import { habitFirstDay, SCORE_SUMMARY_VERSION } from '@/utils/habits/scoreSummary';
import { historyStore, writeCheckin } from '@/utils/shell/history';
import { forgetScoreSummary, markScoreSummaryStale, readScoreSummary, refreshScoreSummary } from '@/utils/shell/scoreSummaryStore';
import { readsOf, seedYears, sixHabits } from '@/tests/support/seedHistory';

const now = new Date(2026, 10, 25, 14); // Wednesday 25 November 2026
const habits = sixHabits(now);
const weekStart = weekDayKeys(now, 1)[0]!;

let history: Map<string, Awaited<ReturnType<typeof seedYears>> extends Map<string, infer V> ? V : never>;
beforeEach(async () => {
  await forgetScoreSummary();
  history = await seedYears(habits, now);
});
afterEach(() => clear(historyStore));

const checkinReads = (spy: Parameters<typeof readsOf>[0]) => readsOf(spy).filter((k) => k.startsWith('days/checkins:'));

describe('keeping the score summary current in IndexedDB', () => {
  it('reads five years once, then only the weeks since its base', async () => {
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const first = await refreshScoreSummary(habits, weekStart);
    const firstReads = checkinReads(get);
    expect(firstReads.length).toBeGreaterThan(5 * 365);
    expect(new Set(firstReads).size).toBe(firstReads.length);

    get.mockClear();
    await refreshScoreSummary(habits, weekStart);
    expect(checkinReads(get)).toEqual([]); // current: nothing to read

    get.mockClear();
    const nextWeek = shiftDay(weekStart, 7);
    const next = await refreshScoreSummary(habits, nextWeek);
    expect(checkinReads(get)).toHaveLength(35);
    expect(next!.weekStart).toBe(nextWeek);

    // The same scores as a replay of every day of five years.
    for (const h of habits) {
      const days: Array<[string, ReturnType<typeof dayMark>]> = [];
      for (let d = habitFirstDay(h); d < nextWeek; d = shiftDay(d, 1)) days.push([d, dayMark(h, d, history.get(d))]);
      expect(next!.habits[h.id]!.score!.score).toBeCloseTo(scoreOver(null, days, h.goal)!.score, 10);
    }
    expect(first!.habits.movement!.score!.through).toBe(shiftDay(weekStart, -1));
  });

  it('after a backfill into last week is marked, rebuilds from its base with the new check-in', async () => {
    await refreshScoreSummary(habits, weekStart);
    const before = (await readScoreSummary())!.habits['morning-light']!.score!.score;
    // A day last week with nothing marked, filled in as done.
    const missed = [1, 2, 3, 4, 5, 6, 7].map((n) => shiftDay(weekStart, -n)).find((d) => !history.get(d)!['morning-light'])!;
    await markScoreSummaryStale();
    await writeCheckin(missed, 'morning-light', 'done');
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const after = await refreshScoreSummary(habits, weekStart);
    expect(checkinReads(get)).toHaveLength(28);
    expect(after!.habits['morning-light']!.score!.score).toBeGreaterThan(before);
    expect(after!.habits.movement!.score!.score).toBe((await readScoreSummary())!.habits.movement!.score!.score);
  });

  it('treats an unreadable summary as none and rebuilds it', async () => {
    const { set } = await import('idb-keyval');
    const { createStore } = await import('idb-keyval');
    await set('habit-scores', { version: 1, weekStart: 'soon', habits: 3 }, createStore('afterglow-derived', 'summaries'));
    expect(await readScoreSummary()).toBeNull();
    expect((await refreshScoreSummary(habits, weekStart))!.weekStart).toBe(weekStart);
    expect((await readScoreSummary())!.weekStart).toBe(weekStart);
  });

  it('rebuilds a summary kept under the old 7-day rule from the first day, once', async () => {
    // What version 1 wrote for this very week: current, not stale, but counted over 7 days.
    const lastWeekEnd = shiftDay(weekStart, -1);
    const oldState = { through: lastWeekEnd, score: 0.54, recentDone: [shiftDay(lastWeekEnd, -2)] };
    const old = {
      version: 1,
      weekStart,
      stale: false,
      habits: Object.fromEntries(habits.map((h) => [h.id, { base: null, score: oldState, weeks: [] }])),
    };
    await set('habit-scores', old, createStore('afterglow-derived', 'summaries'));
    expect(await readScoreSummary()).toBeNull();

    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const rebuilt = await refreshScoreSummary(habits, weekStart);
    expect(checkinReads(get)[0]).toBe(`days/checkins:${habitFirstDay(habits[0]!)}`);
    expect(checkinReads(get).length).toBeGreaterThan(5 * 365);
    for (const h of habits) {
      const days: Array<[string, ReturnType<typeof dayMark>]> = [];
      for (let d = habitFirstDay(h); d < weekStart; d = shiftDay(d, 1)) days.push([d, dayMark(h, d, history.get(d))]);
      expect(rebuilt!.habits[h.id]!.score!.score).toBeCloseTo(scoreOver(null, days, h.goal)!.score, 10);
    }
    expect(rebuilt!.version).toBe(SCORE_SUMMARY_VERSION);

    // Once rebuilt, it serves: the next open reads nothing.
    get.mockClear();
    await refreshScoreSummary(habits, weekStart);
    expect(checkinReads(get)).toEqual([]);
  });

  it('has nothing to do without habits', async () => {
    expect(await refreshScoreSummary([], weekStart)).toBeNull();
    expect(dayKey(now)).toBe('2026-11-25');
  });
});
