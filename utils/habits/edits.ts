import { t } from '@/utils/catalogue';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey, daysFrom, shiftDay } from '@/utils/time/dayKey';
import type { Goal, Habit, HabitsRecord, PresetId } from './record';
import { GOAL_TIMES_LIMITS, HABIT_NAME_MAX, PAUSES_MAX, PRESETS } from './record';

/**
 * The edits a patient makes to their habits, as pure functions. Each returns the new record,
 * or the sentence to show next to the field; bad input changes nothing.
 */
export type HabitEditResult = { ok: true; record: HabitsRecord } | { ok: false; field: string; error: string };

/** Habits kept at once, archived ones included (HabitsRecordSchema). */
export const MAX_HABITS = 50;
export const ACTIVITY_MAX = 40;
/** Days the options page lets the patient fill in: today and the 6 before it. */
export const BACKFILL_DAYS = 7;

const fail = (field: string, error: string): HabitEditResult => ({ ok: false, field, error });

/** Replaces one habit; an id that is gone (archived and removed elsewhere) is an error, not a crash. */
function change(record: HabitsRecord, id: string, edit: (habit: Habit) => Habit): HabitEditResult {
  if (!record.habits.some((h) => h.id === id)) return fail('habit', t('habitErrorGone'));
  return { ok: true, record: { ...record, habits: record.habits.map((h) => (h.id === id ? edit(h) : h)) } };
}

/** A trimmed name, or why it cannot be one. Names are unique among habits not archived. */
function checkName(record: HabitsRecord, raw: string, ownId: string | null): { name: string } | { error: string } {
  const name = raw.trim().replace(/\s+/g, ' ');
  if (name === '') return { error: t('habitErrorNameEmpty') };
  if (name.length > HABIT_NAME_MAX) return { error: t('habitErrorNameLong', HABIT_NAME_MAX) };
  const taken = record.habits.some(
    (h) => h.id !== ownId && h.status !== 'archived' && h.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
  );
  return taken ? { error: t('habitErrorNameTaken', name) } : { name };
}

/** A goal from the form: "day", or "week" with a whole number of times in range. */
export function parseGoal(per: 'day' | 'week', rawTimes: string): { goal: Goal } | { error: string } {
  if (per === 'day') return { goal: { per: 'day' } };
  const trimmed = rawTimes.trim();
  const times = Number(trimmed);
  const { min, max } = GOAL_TIMES_LIMITS;
  if (trimmed === '' || !Number.isInteger(times) || times < min || times > max) {
    return { error: t('habitErrorGoalRange', min, max) };
  }
  return { goal: { per: 'week', times } };
}

const sameGoal = (a: Goal, b: Goal) => a.per === b.per && (a.per === 'day' || (b.per === 'week' && a.times === b.times));

/**
 * Switches a preset on: a new habit with the preset's defaults (a clinic profile may pass its
 * own goal and nudges), or the same habit brought back with its history if it was archived.
 */
export function enablePreset(
  record: HabitsRecord,
  preset: PresetId,
  name: string,
  now: Date,
  overrides: Partial<Pick<Habit, 'goal' | 'nudges'>> = {},
): HabitEditResult {
  const existing = record.habits.find((h) => h.id === preset);
  if (existing) return existing.status === 'archived' ? restoreHabit(record, preset, now) : { ok: true, record };
  if (record.habits.length >= MAX_HABITS) return fail(preset, t('habitErrorTooMany', MAX_HABITS));
  const defaults = PRESETS[preset];
  const habit: Habit = {
    id: preset,
    preset,
    name,
    direction: defaults.direction,
    goal: overrides.goal ?? defaults.goal,
    status: 'active',
    createdAt: now.toISOString(),
    nudges: overrides.nudges ?? defaults.nudges,
    goalSince: dayKey(now),
  };
  return { ok: true, record: { ...record, habits: [...record.habits, habit] } };
}

export interface CustomHabitInput {
  name: string;
  direction: Habit['direction'];
  per: 'day' | 'week';
  times: string;
}

/** Adds the patient's own habit, one to build or one to stop. `id` is "custom-" + something random. */
export function addCustomHabit(record: HabitsRecord, input: CustomHabitInput, now: Date, id: string): HabitEditResult {
  const named = checkName(record, input.name, null);
  if ('error' in named) return fail('name', named.error);
  const parsed = parseGoal(input.per, input.times);
  if ('error' in parsed) return fail('times', parsed.error);
  if (record.habits.length >= MAX_HABITS) return fail('name', t('habitErrorTooMany', MAX_HABITS));
  const habit: Habit = {
    id,
    preset: null,
    name: named.name,
    direction: input.direction,
    goal: parsed.goal,
    status: 'active',
    createdAt: now.toISOString(),
    nudges: [],
    goalSince: dayKey(now),
  };
  return { ok: true, record: { ...record, habits: [...record.habits, habit] } };
}

export function renameHabit(record: HabitsRecord, id: string, raw: string): HabitEditResult {
  const named = checkName(record, raw, id);
  if ('error' in named) return fail('name', named.error);
  return change(record, id, (h) => ({ ...h, name: named.name }));
}

/**
 * Sets the goal. A new goal starts a new count for the grow/shrink offers; any offer the
 * patient said "not now" to is settled by it.
 */
export function setGoal(record: HabitsRecord, id: string, per: 'day' | 'week', rawTimes: string, today: DayKey): HabitEditResult {
  const parsed = parseGoal(per, rawTimes);
  if ('error' in parsed) return fail('times', parsed.error);
  const habit = record.habits.find((h) => h.id === id);
  if (habit && sameGoal(habit.goal, parsed.goal)) return { ok: true, record };
  const result = change(record, id, (h) => ({ ...h, goal: parsed.goal, goalSince: today }));
  if (!result.ok) return result;
  const { [id]: _settled, ...offersDeclined } = result.record.offersDeclined;
  return { ok: true, record: { ...result.record, offersDeclined } };
}

/** Movement's kind: one of ACTIVITIES' ids or the patient's own word; empty clears it. */
export function setActivity(record: HabitsRecord, id: string, raw: string): HabitEditResult {
  const activity = raw.trim();
  if (activity.length > ACTIVITY_MAX) return fail('activity', t('habitErrorActivityLong', ACTIVITY_MAX));
  return change(record, id, ({ activity: _old, ...h }) => (activity ? { ...h, activity } : h));
}

/** Pauses from today: no nudges, and the days count as skipped until it is resumed. */
export function pauseHabit(record: HabitsRecord, id: string, today: DayKey): HabitEditResult {
  return change(record, id, (h) => {
    if (h.status !== 'active') return h;
    const pauses = [...(h.pauses ?? []), { from: today, until: null }].slice(-PAUSES_MAX);
    return { ...h, status: 'paused', pauses };
  });
}

/** Ends any open pause on the day before `today`; a pause begun today leaves no trace. */
function closePause(habit: Habit, today: DayKey): Habit {
  const yesterday = shiftDay(today, -1);
  const pauses = (habit.pauses ?? []).flatMap((p) => {
    if (p.until !== null) return [p];
    return daysFrom(p.from, yesterday) < 0 ? [] : [{ from: p.from, until: yesterday }];
  });
  const { pauses: _old, ...rest } = habit;
  return pauses.length > 0 ? { ...rest, pauses } : rest;
}

export function resumeHabit(record: HabitsRecord, id: string, today: DayKey): HabitEditResult {
  return change(record, id, (h) => (h.status === 'paused' ? { ...closePause(h, today), status: 'active' } : h));
}

/**
 * Archives: off the lists and out of nudges, with its history kept for when it comes back.
 * The days it rests count as paused, so a habit brought back later starts where it left off.
 */
export function archiveHabit(record: HabitsRecord, id: string, today: DayKey): HabitEditResult {
  return change(record, id, (h) => {
    if (h.status === 'archived') return h;
    const open = (h.pauses ?? []).some((p) => p.until === null);
    const pauses = open ? h.pauses : [...(h.pauses ?? []), { from: today, until: null }].slice(-PAUSES_MAX);
    return { ...h, status: 'archived', pauses };
  });
}

/**
 * Undo of an archive: the habit exactly as it was just before (its status, pauses and nudges),
 * in place of what is stored under its id. Nothing changes if the habit is gone.
 */
export function putHabitBack(record: HabitsRecord, before: Habit): HabitsRecord {
  return { ...record, habits: record.habits.map((h) => (h.id === before.id ? before : h)) };
}

/** Brings an archived habit back, active, with its history; a pause open when it was archived ends. */
export function restoreHabit(record: HabitsRecord, id: string, now: Date): HabitEditResult {
  const habit = record.habits.find((h) => h.id === id);
  if (habit && habit.status === 'archived' && habit.preset === null) {
    // Two habits of one name would be two toggles of one name in the popup.
    const named = checkName(record, habit.name, id);
    if ('error' in named) return fail('habit', named.error);
  }
  return change(record, id, (h) => (h.status === 'archived' ? { ...closePause(h, dayKey(now)), status: 'active' } : h));
}

/** Whether `day` is one the options page may fill in: today or the 6 days before. */
export function checkBackfillDay(day: DayKey, today: DayKey): string | null {
  const back = daysFrom(day, today);
  return back >= 0 && back < BACKFILL_DAYS ? null : t('habitErrorBackfillRange');
}
