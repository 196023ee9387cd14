import * as v from 'valibot';
import type { Habit, HabitsRecord } from './record';
import { HabitSchema, HabitsRecordSchema } from './record';
import type { RejectedValue } from '@/utils/treatment/record';
import { describeIssues } from '@/utils/treatment/schema';

const describe = describeIssues;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a stored habits record, keeping every valid habit (the pattern of salvageTreatment):
 * an invalid habit, a second habit with a used id, an unreadable "not now" answer or an unknown
 * field is set aside with where and why, never silently dropped.
 */
export function salvageHabits(raw: unknown): { record: HabitsRecord; rejected: RejectedValue[] } {
  const whole = v.safeParse(HabitsRecordSchema, raw);
  if (whole.success && new Set(whole.output.habits.map((h) => h.id)).size === whole.output.habits.length) {
    return { record: whole.output, rejected: [] };
  }

  const rejected: RejectedValue[] = [];
  if (!isObject(raw)) rejected.push({ path: 'habits', value: raw, problem: 'not a habits record' });
  const source = isObject(raw) ? raw : {};

  const habits: Habit[] = [];
  const list = source.habits;
  if (list !== undefined && !Array.isArray(list)) {
    rejected.push({ path: 'habits.habits', value: list, problem: 'not a list' });
  }
  (Array.isArray(list) ? list : []).forEach((item, index) => {
    const path = `habits.habits[${index}]`;
    const result = v.safeParse(HabitSchema, item);
    if (!result.success) rejected.push({ path, value: item, problem: describe(result.issues) });
    else if (habits.some((h) => h.id === result.output.id)) rejected.push({ path, value: item, problem: 'a second habit with this id' });
    else if (habits.length >= 50) rejected.push({ path, value: item, problem: 'more than 50 habits' });
    else habits.push(result.output);
  });

  const offersDeclined: HabitsRecord['offersDeclined'] = {};
  const declined = source.offersDeclined;
  if (declined !== undefined && !isObject(declined)) {
    rejected.push({ path: 'habits.offersDeclined', value: declined, problem: 'not a record' });
  }
  for (const [id, week] of Object.entries(isObject(declined) ? declined : {})) {
    if (typeof week === 'string') offersDeclined[id] = week;
    else rejected.push({ path: `habits.offersDeclined.${id}`, value: week, problem: 'not a day' });
  }

  const known = new Set(['habits', 'offersDeclined']);
  for (const key of Object.keys(source).filter((k) => !known.has(k))) {
    rejected.push({ path: `habits.${key}`, value: source[key], problem: 'unknown field' });
  }
  return { record: { habits, offersDeclined }, rejected };
}
