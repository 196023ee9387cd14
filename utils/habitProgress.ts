import type { Habit } from './habits';
import type { DayCheckins } from './shell/history';

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
