import type { DayKey } from '@/utils/time/dayKey';
import { localeWeekStart } from '@/utils/time/dayKey';
import { dayMark } from './score';
import type { Habit } from './record';
import type { Settings } from '@/utils/settings/record';
import type { DayCheckins } from '@/utils/history/records';

/** How many of the given days have the habit marked done (skips neither count nor break). */
export function countDone(habitId: string, days: DayCheckins[]): number {
  return days.filter((day) => day[habitId] === 'done').length;
}

/**
 * Whether the habit needs nothing more now: a daily habit done or skipped today, a weekly one
 * done `times` times this week. `week` holds this week's 7 days in order; `todayIndex` is
 * today's place in it.
 */
export function isGoalMet(habit: Habit, week: DayCheckins[], todayIndex: number): boolean {
  if (habit.goal.per === 'day') return week[todayIndex]?.[habit.id] !== undefined;
  return countDone(habit.id, week) >= habit.goal.times;
}

/** This week's count against the goal, as the popup shows it. */
export interface WeekProgress {
  done: number;
  /** Daily: the week's days less the skipped ones; N a week: N. */
  target: number;
  /** Days skipped or paused (and not done). */
  skipped: number;
  met: boolean;
}

/** This week's progress: `weekKeys` and `week` are the week's 7 days in order. */
export function weekProgress(habit: Habit, weekKeys: DayKey[], week: DayCheckins[]): WeekProgress {
  const marks = weekKeys.map((day, i) => dayMark(habit, day, week[i]));
  const done = marks.filter((m) => m === 'done').length;
  const skipped = marks.filter((m) => m === 'skip').length;
  const target = habit.goal.per === 'day' ? weekKeys.length - skipped : habit.goal.times;
  return { done, target, skipped, met: done >= target };
}

/** The week start in force: the setting, or the locale's when it is null (Settings.weekStartsOn). */
export function weekStartsOnFor(setting: Settings['weekStartsOn'], locale?: string): 0 | 1 | 6 {
  return setting ?? localeWeekStart(locale);
}
