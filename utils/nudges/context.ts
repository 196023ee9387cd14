import type { DayKey } from '@/utils/time/dayKey';
import { dayKey, dayStart, localeWeekStart, weekDayKeys } from '@/utils/time/dayKey';
import { dayAt } from '@/utils/time/clockTime';
import { isGoalMet } from '@/utils/habits/progress';
import type { Habit } from '@/utils/habits/record';
import type { NudgeContext } from './schedule';
import type { NudgeState } from './state';
import type { Settings } from '@/utils/settings/record';
import type { DayCheckins } from '@/utils/history/records';
import type { TreatmentRecord } from '@/utils/treatment/record';

/** The week whose check-ins decide "goal already met" at `now`. */
export function goalWeek(settings: Settings, now: Date): DayKey[] {
  return weekDayKeys(now, settings.weekStartsOn ?? localeWeekStart());
}

/** Everything the scheduler needs, from what is stored. `week` holds the check-ins of goalWeek(now). */
export function nudgeContext(input: {
  habits: Habit[];
  settings: Settings;
  treatment: TreatmentRecord;
  week: DayCheckins[];
  state: NudgeState;
  now: Date;
}): NudgeContext {
  const { habits, settings, treatment, week, state, now } = input;
  const keys = goalWeek(settings, now);
  const today = dayKey(now);
  const todayIndex = keys.indexOf(today);
  return {
    habits,
    settings,
    infusions: treatment.infusions.map((i) => Date.parse(i.at)),
    windowHours: treatment.protocol.windowHours,
    goalMet: new Set(habits.filter((h) => isGoalMet(h, week, todayIndex)).map((h) => h.id)),
    today,
    weekEnd: dayAt(dayStart(keys[6]!), 1).getTime(),
    activeSince: state.activeSince === null ? null : Date.parse(state.activeSince),
    snoozes: Object.fromEntries(Object.entries(state.snoozes).map(([key, at]) => [key, Date.parse(at)])),
  };
}
