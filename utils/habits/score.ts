import type { DayKey } from '@/utils/time/dayKey';
import { daysFrom } from '@/utils/time/dayKey';
import type { Goal, Habit } from './record';
import type { DayCheckins } from '@/utils/history/records';

/**
 * The consistency score, after Loop Habit Tracker's (uhabits-core Score.kt; DOMAIN.md):
 * for a habit of frequency f = times / days,
 *   m = 0.5 ^ (sqrt(f) / 13),  score_t = score_(t-1) · m + v_t · (1 − m),  starting at 0,
 *   v_t = min(1, days done among the last `days` days / times);
 * a skipped (or paused) day leaves the score as it was. A daily habit's score halves in 13
 * days without a check-in, 3 a week's in about 20: one lapse dips it, it never resets it.
 * Unlike Loop, a weekly goal's window is exactly its week (DOMAIN.md's formula); Loop doubles
 * both counts for non-daily habits.
 */

/** What one day holds for one habit: done, skipped (ill, travelling, paused), or nothing. */
export type DayMark = 'done' | 'skip' | undefined;

/** The score through one day, and what the next day's rolling window needs from before it. */
export interface ScoreState {
  /** The last day folded in. */
  through: DayKey;
  /** 0 … 1. */
  score: number;
  /** The days done among the 6 up to and including `through` (a week's window less one day). */
  recentDone: DayKey[];
}

/** A goal as Loop's frequency: daily is 1 in 1 day, N a week is N in 7 days. */
export function goalFrequency(goal: Goal): { times: number; days: number } {
  return goal.per === 'day' ? { times: 1, days: 1 } : { times: goal.times, days: 7 };
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

/** The longest window is a week; the next day needs the 6 days before it. */
const KEEP_DAYS = 6;

/**
 * The state through `day`, from the state through the day before (null: nothing before, so
 * the score starts at 0). Days must come one after another, with none left out.
 */
export function advanceScore(state: ScoreState | null, day: DayKey, mark: DayMark, goal: Goal): ScoreState {
  if (state && daysFrom(state.through, day) !== 1) {
    throw new Error(`advanceScore: ${day} does not follow ${state.through}`);
  }
  const { times, days } = goalFrequency(goal);
  const done = [...(state?.recentDone ?? []), ...(mark === 'done' ? [day] : [])];
  let score = state?.score ?? 0;
  if (mark !== 'skip') {
    const inWindow = done.filter((d) => daysFrom(d, day) < days).length;
    const m = scoreMultiplier(goal);
    score = score * m + Math.min(1, inWindow / times) * (1 - m);
  }
  return { through: day, score, recentDone: done.filter((d) => daysFrom(d, day) < KEEP_DAYS) };
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
