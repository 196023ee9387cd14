import { t } from '@/utils/catalogue';
import type { Habit } from '@/utils/habits/record';
import type { DayCheckins } from '@/utils/history/records';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey, dayStart, weekStart } from '@/utils/time/dayKey';

export type CalendarMark = 'done' | 'skip' | 'missed' | 'before';

export interface HabitCalendar {
  id: string;
  name: string;
  days: Array<{ day: DayKey; mark: CalendarMark }>;
  weeks: Array<{ start: DayKey; done: number }>;
  summary: string;
}

/** Each habit as a calendar of the range: done, skipped, not done (or before it began), and the week counts. */
export function habitCalendars(habits: Habit[], days: DayKey[], checkins: (day: DayKey) => DayCheckins, weekStartsOn: 0 | 1 | 6): HabitCalendar[] {
  return habits
    .filter((h) => h.status !== 'archived')
    .map((habit) => {
      const began = dayKey(new Date(habit.createdAt));
      const marks = days.map((day) => {
        const value = checkins(day)[habit.id];
        const mark: CalendarMark = value === 'done' ? 'done' : value === 'skip' ? 'skip' : day < began ? 'before' : 'missed';
        return { day, mark };
      });
      const weeks = new Map<DayKey, number>();
      for (const { day, mark } of marks) {
        const start = dayKey(weekStart(dayStart(day), weekStartsOn));
        weeks.set(start, (weeks.get(start) ?? 0) + (mark === 'done' ? 1 : 0));
      }
      const count = (m: CalendarMark) => marks.filter((d) => d.mark === m).length;
      return {
        id: habit.id,
        name: habit.name,
        days: marks,
        weeks: [...weeks].map(([start, done]) => ({ start, done })),
        summary: t('habitCalendarSummary', habit.name, count('done'), count('skip'), count('missed'), marks.length),
      };
    });
}
