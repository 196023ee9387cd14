import { t } from '@/utils/catalogue';
import type { Habit } from '@/utils/habits/record';
import type { DayCheckins } from '@/utils/history/records';
import type { DayKey } from '@/utils/time/dayKey';
import type { MoodDay } from './moodSeries';

/** Each side needs this many days with a mood before anything is said (issue 11). */
export const MIN_DAYS_EACH_SIDE = 3;

export interface Comparison {
  id: string;
  sentence: string;
  a: { label: string; days: number; average: number };
  b: { label: string; days: number; average: number };
}

const mean = (values: number[]) => values.reduce((s, v) => s + v, 0) / values.length;

function compare(id: string, yes: number[], no: number[], sentence: (a: string, b: string) => string, labels: [string, string]): Comparison | null {
  if (yes.length < MIN_DAYS_EACH_SIDE || no.length < MIN_DAYS_EACH_SIDE) return null;
  const a = mean(yes);
  const b = mean(no);
  return { id, sentence: sentence(a.toFixed(1), b.toFixed(1)), a: { label: labels[0], days: yes.length, average: a }, b: { label: labels[1], days: no.length, average: b } };
}

/**
 * Mood inside the window against outside it, and on days each habit was done against days it
 * was not: worded as observations, and only where each side has at least 3 days of mood.
 * Skipped days are on neither side.
 */
export function moodComparisons(days: MoodDay[], habits: Habit[], checkins: (day: DayKey) => DayCheckins): Comparison[] {
  const withMood = days.filter((d) => d.mood !== null);
  const out: Array<Comparison | null> = [];
  const inside = withMood.filter((d) => d.inWindow).map((d) => d.mood!);
  const outside = withMood.filter((d) => !d.inWindow).map((d) => d.mood!);
  out.push(
    compare('window', inside, outside, (a, b) => t('comparisonWindow', a, inside.length, b, outside.length), [t('tableInWindow'), '']),
  );
  for (const habit of habits.filter((h) => h.status !== 'archived')) {
    const done = withMood.filter((d) => checkins(d.day)[habit.id] === 'done').map((d) => d.mood!);
    const not = withMood.filter((d) => checkins(d.day)[habit.id] === undefined).map((d) => d.mood!);
    out.push(compare(habit.id, done, not, (a, b) => t('comparisonHabit', a, done.length, habit.name, b, not.length), [habit.name, '']));
  }
  return out.filter((c): c is Comparison => c !== null);
}
