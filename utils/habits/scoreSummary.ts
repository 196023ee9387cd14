import * as v from 'valibot';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey, daysFrom, shiftDay } from '@/utils/time/dayKey';
import type { WeekTally } from './offers';
import type { ScoreState } from './score';
import { advanceScore, dayMark, WINDOW_MEMORY } from './score';
import type { Habit } from './record';
import type { DayCheckins } from '@/utils/history/records';

/**
 * What the popup needs from before this week, kept small so that opening it reads only this
 * week's check-ins however many years of history there are (issue 3):
 * - `score`: each habit's score state through the end of last week;
 * - `base`: the same four weeks earlier, the starting point of the next weekly refresh. A
 *   backfill reaches back 7 days at most, so it can change `score` but never `base`;
 * - `weeks`: the last 4 completed weeks' counts, for the grow/shrink offers.
 * A refresh reads from `base` to the end of last week (about 5 weeks of day keys); only with no
 * usable `base` (a new habit, a changed week start, a restored backup) does it read further.
 * It is derived data: deleting it loses nothing, the next refresh rebuilds it from check-ins.
 *
 * The version is also the score rule's: a stored summary of another version fails the schema,
 * counts as none, and is rebuilt from each habit's first day, so no figure keeps an old rule.
 * 1: a 7-day window for weekly goals. 2: Loop's doubled window, skips taking no place in it
 * (issue 18; utils/habits/score.ts).
 */
export const SCORE_SUMMARY_VERSION = 2;

/** Completed weeks counted for the offers, and the reach of `base` before the week's start. */
export const SUMMARY_WEEKS = 4;

export interface HabitSummary {
  /** Through the day `SUMMARY_WEEKS` weeks before `score`'s; null if the habit began after it. */
  base: ScoreState | null;
  /** Through the day before the summary's week; null if the habit began this week. */
  score: ScoreState | null;
  /** The completed weeks, oldest first. */
  weeks: WeekTally[];
}

export interface ScoreSummary {
  version: typeof SCORE_SUMMARY_VERSION;
  /** The first day of the week this summary serves (Settings.weekStartsOn at the time). */
  weekStart: DayKey;
  /** Set when a check-in before `weekStart` changed: `score` and `weeks` need a refresh. */
  stale: boolean;
  habits: Record<string, HabitSummary>;
}

const day = v.pipe(v.string(), v.isoDate());
const ScoreStateSchema = v.strictObject({
  through: day,
  score: v.pipe(v.number(), v.minValue(0), v.maxValue(1)),
  lastCounted: v.pipe(v.array(v.boolean()), v.maxLength(WINDOW_MEMORY)),
});
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(7));

/** The one schema for the stored summary. */
export const ScoreSummarySchema = v.strictObject({
  version: v.literal(SCORE_SUMMARY_VERSION),
  weekStart: day,
  stale: v.boolean(),
  habits: v.record(
    v.string(),
    v.strictObject({
      base: v.nullable(ScoreStateSchema),
      score: v.nullable(ScoreStateSchema),
      weeks: v.pipe(v.array(v.strictObject({ start: day, done: count, excused: count })), v.maxLength(SUMMARY_WEEKS)),
    }),
  ),
});

/**
 * The first day a habit can have check-ins: the day it was made, less the backfill reach
 * (utils/habits/edits.ts BACKFILL_DAYS). Its score is 0 until then, so nothing before matters.
 */
export function habitFirstDay(habit: Habit): DayKey {
  return shiftDay(dayKey(new Date(habit.createdAt)), -7);
}

const scored = (habits: Habit[]) => habits.filter((h) => h.status !== 'archived');

/** Whether the popup can show every listed habit's score from this summary and this week alone. */
export function summaryServes(summary: ScoreSummary | null, habit: Habit, weekStart: DayKey): boolean {
  if (!summary || summary.stale || summary.weekStart !== weekStart) return false;
  return habit.id in summary.habits || habitFirstDay(habit) >= weekStart;
}

/** The newest kept state that a refresh for `weekStart` can start from, or null: from the first day. */
function startingPoint(previous: HabitSummary | undefined, weekStart: DayKey): ScoreState | null {
  const latest = shiftDay(weekStart, -1 - 7 * SUMMARY_WEEKS);
  const kept = [previous?.score, previous?.base].filter((s): s is ScoreState => !!s && s.through <= latest);
  return kept.sort((a, b) => (a.through < b.through ? 1 : -1))[0] ?? null;
}

/** The days a refresh for `weekStart` must read, oldest first; empty when there is nothing to do. */
export function refreshDays(summary: ScoreSummary | null, habits: Habit[], weekStart: DayKey): DayKey[] {
  const lastWeekEnd = shiftDay(weekStart, -1);
  let from = shiftDay(weekStart, -7 * SUMMARY_WEEKS);
  for (const habit of scored(habits)) {
    const start = startingPoint(summary?.habits[habit.id], weekStart);
    const first = start ? shiftDay(start.through, 1) : habitFirstDay(habit);
    if (first < from) from = first;
  }
  const length = daysFrom(from, lastWeekEnd) + 1;
  return Array.from({ length: Math.max(0, length) }, (_, i) => shiftDay(from, i));
}

/**
 * The summary for the week starting `weekStart`, from the previous one and the check-ins of
 * `days` (refreshDays' answer, with `checkins` in the same order).
 */
export function rebuildSummary(
  previous: ScoreSummary | null,
  habits: Habit[],
  weekStart: DayKey,
  days: DayKey[],
  checkins: DayCheckins[],
): ScoreSummary {
  const byDay = new Map(days.map((d, i) => [d, checkins[i]]));
  const lastWeekEnd = shiftDay(weekStart, -1);
  const baseDay = shiftDay(lastWeekEnd, -7 * SUMMARY_WEEKS);
  const out: ScoreSummary['habits'] = {};
  for (const habit of scored(habits)) {
    let state = startingPoint(previous?.habits[habit.id], weekStart);
    let base = state?.through === baseDay ? state : null;
    const firstDay = habitFirstDay(habit);
    for (let d = state ? shiftDay(state.through, 1) : firstDay; d <= lastWeekEnd; d = shiftDay(d, 1)) {
      if (!byDay.has(d)) throw new Error(`rebuildSummary: ${d} was not read`);
      state = advanceScore(state, d, dayMark(habit, d, byDay.get(d)), habit.goal);
      if (d === baseDay) base = state;
    }
    const weeks: WeekTally[] = [];
    for (let k = SUMMARY_WEEKS; k >= 1; k--) {
      const start = shiftDay(weekStart, -7 * k);
      if (shiftDay(start, 6) < firstDay) continue;
      const marks = Array.from({ length: 7 }, (_, i) => shiftDay(start, i)).map((d) => dayMark(habit, d, byDay.get(d)));
      weeks.push({ start, done: marks.filter((m) => m === 'done').length, excused: marks.filter((m) => m === 'skip').length });
    }
    out[habit.id] = { base, score: state, weeks };
  }
  return { version: SCORE_SUMMARY_VERSION, weekStart, stale: false, habits: out };
}

/**
 * The score the popup shows: the summary's state through last week, carried through this
 * week's days before today, and through today once today has a check-in (an open day is not
 * yet a missed one). `week` holds this week's 7 days; `todayIndex` is today's place in it.
 */
export function scoreNow(
  entry: HabitSummary | undefined,
  habit: Habit,
  weekKeys: DayKey[],
  week: DayCheckins[],
  todayIndex: number,
): number {
  let state = entry?.score ?? null;
  for (let i = 0; i <= todayIndex; i++) {
    const d = weekKeys[i]!;
    const mark = dayMark(habit, d, week[i]);
    if (i === todayIndex && mark === undefined) break;
    if (state && state.through >= d) continue;
    state = advanceScore(state, d, mark, habit.goal);
  }
  return state?.score ?? 0;
}

/** Whether some habit's score cannot be shown from this summary this week. */
export function needsRefresh(summary: ScoreSummary | null, habits: Habit[], weekStart: DayKey): boolean {
  return scored(habits).some((h) => !summaryServes(summary, h, weekStart));
}
