import type { DayKey } from '@/utils/time/dayKey';
import { dayKey, daysFrom } from '@/utils/time/dayKey';
import type { Habit, HabitsRecord } from './record';
import { GOAL_TIMES_LIMITS } from './record';

/**
 * Start small, grow gently (issue 3; docs/clinical-defaults.md#habits, Movement): when a weekly goal has been met two
 * weeks running, the popup offers one more a week; after two missed weeks, one fewer. Never
 * changed on its own, and "not now" holds for the rest of that week.
 *
 * Only weekly goals get offers: a daily goal has nowhere to grow, and "every day" missed
 * twice is too easy to hit to be worth a question each week.
 */

/** One completed week of a habit, as counted from its check-ins (utils/habits/scoreSummary.ts). */
export interface WeekTally {
  /** The week's first day. */
  start: DayKey;
  done: number;
  /** Days skipped or paused, and not done. */
  excused: number;
}

export interface GoalOffer {
  habitId: string;
  kind: 'grow' | 'shrink';
  /** The goal now, and the one offered, in times a week. */
  from: number;
  to: number;
}

/** Completed weeks looked back over; weeks with skips and the goal not met are passed over. */
export const OFFER_LOOKBACK_WEEKS = 4;

type Outcome = 'met' | 'missed' | 'excused';

/** A week with the goal met counts as met, skips or not; short of it, any skip excuses it. */
function outcome(week: WeekTally, times: number): Outcome {
  if (week.done >= times) return 'met';
  return week.excused > 0 ? 'excused' : 'missed';
}

/** The day the goal in force was set: goalSince, else the day the habit was made. */
export function goalSetOn(habit: Habit): DayKey {
  return habit.goalSince ?? dayKey(new Date(habit.createdAt));
}

/**
 * The offer to make for one habit this week, or null. `weeks` are completed weeks (any order);
 * only full weeks under the goal now in force count, so a goal just raised waits two weeks.
 */
export function goalOffer(habit: Habit, weeks: WeekTally[], thisWeek: DayKey, declined: HabitsRecord['offersDeclined']): GoalOffer | null {
  if (habit.status !== 'active' || habit.goal.per !== 'week') return null;
  if (declined[habit.id] === thisWeek) return null;
  const { times } = habit.goal;
  const since = goalSetOn(habit);
  const lastTwo = weeks
    .filter((w) => w.start >= since && w.start < thisWeek && daysFrom(w.start, thisWeek) <= 7 * OFFER_LOOKBACK_WEEKS)
    .sort((a, b) => (a.start < b.start ? 1 : -1))
    .map((w) => outcome(w, times))
    .filter((o) => o !== 'excused')
    .slice(0, 2);
  if (lastTwo.length < 2) return null;
  if (lastTwo.every((o) => o === 'met') && times < GOAL_TIMES_LIMITS.max) {
    return { habitId: habit.id, kind: 'grow', from: times, to: times + 1 };
  }
  if (lastTwo.every((o) => o === 'missed') && times > GOAL_TIMES_LIMITS.min) {
    return { habitId: habit.id, kind: 'shrink', from: times, to: times - 1 };
  }
  return null;
}

/**
 * "Yes": the offered goal, counted from today (so the next offer waits two full weeks), and
 * any "not now" settled. Kept here, apart from the options page's edits, to keep the popup small.
 */
export function acceptOffer(record: HabitsRecord, offer: GoalOffer, today: DayKey): HabitsRecord {
  const { [offer.habitId]: _settled, ...offersDeclined } = record.offersDeclined;
  const habits = record.habits.map((h): Habit => (h.id === offer.habitId ? { ...h, goal: { per: 'week', times: offer.to }, goalSince: today } : h));
  return { habits, offersDeclined };
}

/** "Not now": no offer for this habit again until the week after `weekStart`. */
export function declineOffer(record: HabitsRecord, habitId: string, weekStart: DayKey): HabitsRecord {
  return { ...record, offersDeclined: { ...record.offersDeclined, [habitId]: weekStart } };
}
