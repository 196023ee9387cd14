import type { DayKey } from '@/utils/time/dayKey';
import { daysFrom } from '@/utils/time/dayKey';
import type { Goal, Habit } from './record';
import type { DayCheckins } from '@/utils/history/records';

/**
 * The consistency score, Loop Habit Tracker's (uhabits-core Score.kt and ScoreList.kt;
 * docs/clinical-defaults.md#consistency-score), for a habit of frequency f = times / days:
 *   m = 0.5 ^ (sqrt(f) / 13),  score_t = score_(t-1) · m + v_t · (1 − m),  starting at 0,
 *   v_t = min(1, days done in the window / N),
 * where the window is the last D days up to today. A daily goal (f = 1, and 7 a week) has
 * N = times over D = days; any other goal has twice both, N = 2 · times over D = 14 days, so a
 * week done early followed by a week done late still fills the window (once a week on a Monday,
 * then on a Sunday: 2 in 14 days). Over exactly one week that habit would settle near 55%.
 *
 * A skipped (or paused) day leaves the score as it was and takes no place in the window: the
 * window reaches back over it to the days that count, as if it never existed. That is how
 * Loop's test table scores "6 in 7 days with skips 10–12 days back" (0.365222), and what makes
 * a week off ill cost a weekly goal nothing afterwards.
 *
 * A daily habit's score halves in 13 days without a check-in, 3 a week's in about 20: one
 * lapse dips it, it never resets it.
 */

/** What one day holds for one habit: done, skipped (ill, travelling, paused), or nothing. */
export type DayMark = 'done' | 'skip' | undefined;

/** The score through one day, and what the next day's window needs from before it. */
export interface ScoreState {
  /** The last day folded in. */
  through: DayKey;
  /** 0 … 1. */
  score: number;
  /**
   * The last days that count (skipped days take no place), oldest first, true where done: as
   * many as the longest window needs before its own day (WINDOW_MEMORY).
   */
  lastCounted: boolean[];
}

/** A goal as Loop's frequency: daily is 1 in 1 day, N a week is N in 7 days. */
export function goalFrequency(goal: Goal): { times: number; days: number } {
  return goal.per === 'day' ? { times: 1, days: 1 } : { times: goal.times, days: 7 };
}

/** The window the score counts check-ins over: the goal's, doubled when it is less than daily. */
export function scoreWindow(goal: Goal): { times: number; days: number } {
  const { times, days } = goalFrequency(goal);
  return times < days ? { times: 2 * times, days: 2 * days } : { times, days };
}

/** How much of yesterday's score carries into today: 0.5 ^ (sqrt(f) / 13). */
export function scoreMultiplier(goal: Goal): number {
  const { times, days } = goalFrequency(goal);
  return 0.5 ** (Math.sqrt(times / days) / 13);
}

/** Days without a check-in for the score to halve: 13 / sqrt(f). */
export function halfLifeDays(goal: Goal): number {
  const { times, days } = goalFrequency(goal);
  return 13 / Math.sqrt(times / days);
}

/**
 * The longest window is 14 days (1–6 a week); the next day needs the 13 before it. Kept the same
 * for every goal, so a stored state serves whatever the goal becomes.
 */
export const WINDOW_MEMORY = 13;

/**
 * The state through `day`, from the state through the day before (null: nothing before, so
 * the score starts at 0). Days must come one after another, with none left out.
 */
export function advanceScore(state: ScoreState | null, day: DayKey, mark: DayMark, goal: Goal): ScoreState {
  if (state && daysFrom(state.through, day) !== 1) {
    throw new Error(`advanceScore: ${day} does not follow ${state.through}`);
  }
  const before = state?.lastCounted ?? [];
  const score = state?.score ?? 0;
  if (mark === 'skip') return { through: day, score, lastCounted: before };
  const { times, days } = scoreWindow(goal);
  const counted = [...before, mark === 'done'];
  const done = counted.slice(-days).filter(Boolean).length;
  const m = scoreMultiplier(goal);
  return {
    through: day,
    score: score * m + Math.min(1, done / times) * (1 - m),
    lastCounted: counted.slice(-WINDOW_MEMORY),
  };
}

/** Folds consecutive days into the score, from `start` (the state through the day before the first). */
export function scoreOver(start: ScoreState | null, days: Array<[DayKey, DayMark]>, goal: Goal): ScoreState | null {
  return days.reduce<ScoreState | null>((state, [day, mark]) => advanceScore(state, day, mark, goal), start);
}

/** Whether the habit was paused on `day` (utils/habits/record.ts, Habit.pauses). */
export function isPausedOn(habit: Habit, day: DayKey): boolean {
  return (habit.pauses ?? []).some((p) => p.from <= day && (p.until === null || day <= p.until));
}

/** A day's mark for a habit: its check-in if there is one, else skipped while paused. */
export function dayMark(habit: Habit, day: DayKey, checkins: DayCheckins | undefined): DayMark {
  const value = checkins?.[habit.id];
  if (value === 'done' || value === 'skip') return value;
  return isPausedOn(habit, day) ? 'skip' : undefined;
}
