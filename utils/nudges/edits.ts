import { t } from '@/utils/catalogue';
import { clockMinutes, isClockTime } from '@/utils/time/clockTime';
import type { Habit, HabitsRecord, NudgeRule, Weekday } from '@/utils/habits/record';
import { INTERVAL_LIMITS } from '@/utils/habits/record';
import type { Settings } from '@/utils/settings/record';

/**
 * The nudge edits a patient makes on the options page, as pure functions. Each returns the
 * new value, or the sentence to show next to the field; bad input changes nothing.
 */
export type Edit<T, F extends string = string> = { ok: true; value: T } | { ok: false; field: F; error: string };

const MINUTES_BEFORE_LIMITS = { min: 0, max: 240 } as const;
export const NUDGES_PER_HABIT_MAX = 8;

/** The hours form, as the fields hold it. */
export interface HoursDraft {
  workingDays: Weekday[];
  workStart: string;
  workEnd: string;
  quietStart: string;
  quietEnd: string;
  bedtime: string;
}

export const hoursDraft = (s: Settings): HoursDraft => ({
  workingDays: s.workingHours.days,
  workStart: s.workingHours.start,
  workEnd: s.workingHours.end,
  quietStart: s.quietHours.start,
  quietEnd: s.quietHours.end,
  bedtime: s.bedtime,
});

const HOURS_LABELS = {
  workStart: 'nudgeWorkingStart',
  workEnd: 'nudgeWorkingEnd',
  quietStart: 'nudgeQuietStart',
  quietEnd: 'nudgeQuietEnd',
  bedtime: 'nudgeBedtime',
} as const;

const sortedDays = (days: Weekday[]) => [...new Set(days)].sort((a, b) => a - b);

/** Working hours, quiet hours and bedtime from the form; the rest of the settings unchanged. */
export function applyHours(settings: Settings, draft: HoursDraft): Edit<Settings, keyof HoursDraft> {
  for (const field of Object.keys(HOURS_LABELS) as Array<keyof typeof HOURS_LABELS>) {
    if (!isClockTime(draft[field].trim())) return { ok: false, field, error: t('nudgeErrorTime', t(HOURS_LABELS[field])) };
  }
  const d = Object.fromEntries(Object.entries(draft).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v])) as HoursDraft;
  if (d.workingDays.length === 0) return { ok: false, field: 'workingDays', error: t('nudgeErrorDays') };
  if (clockMinutes(d.workEnd) <= clockMinutes(d.workStart)) return { ok: false, field: 'workEnd', error: t('nudgeErrorWorkingOrder') };
  if (d.quietStart === d.quietEnd) return { ok: false, field: 'quietEnd', error: t('nudgeErrorQuietSame') };
  return {
    ok: true,
    value: {
      ...settings,
      workingHours: { days: sortedDays(d.workingDays), start: d.workStart, end: d.workEnd },
      quietHours: { start: d.quietStart, end: d.quietEnd },
      bedtime: d.bedtime,
    },
  };
}

/** One nudge rule, as its form's fields hold it. */
export interface RuleDraft {
  time: string;
  weekdays: Weekday[];
  minutesBefore: string;
  everyMinutes: string;
}

export function ruleDraft(rule: NudgeRule): RuleDraft {
  return {
    time: 'time' in rule ? rule.time : '',
    weekdays: 'weekdays' in rule ? rule.weekdays : [],
    minutesBefore: rule.kind === 'before-bedtime' ? String(rule.minutesBefore) : '',
    everyMinutes: rule.kind === 'interval' ? String(rule.everyMinutes) : '',
  };
}

const wholeNumber = (raw: string, min: number, max: number): number | null => {
  const s = raw.trim();
  if (!/^\d{1,4}$/.test(s)) return null;
  const n = Number(s);
  return n >= min && n <= max ? n : null;
};

/** The rule with the form's values, of the same kind; or what is wrong. */
export function applyRule(rule: NudgeRule, draft: RuleDraft, habitName: string): Edit<NudgeRule, keyof RuleDraft> {
  const time = draft.time.trim();
  if ((rule.kind === 'clock' || rule.kind === 'in-window') && !isClockTime(time)) {
    return { ok: false, field: 'time', error: t('nudgeErrorTime', t('nudgeRuleTime', habitName)) };
  }
  if ((rule.kind === 'clock' || rule.kind === 'before-bedtime') && draft.weekdays.length === 0) {
    return { ok: false, field: 'weekdays', error: t('nudgeErrorDays') };
  }
  switch (rule.kind) {
    case 'clock':
      return { ok: true, value: { kind: 'clock', time, weekdays: sortedDays(draft.weekdays) } };
    case 'in-window':
      return { ok: true, value: { kind: 'in-window', time } };
    case 'before-bedtime': {
      const minutesBefore = wholeNumber(draft.minutesBefore, MINUTES_BEFORE_LIMITS.min, MINUTES_BEFORE_LIMITS.max);
      if (minutesBefore === null) return { ok: false, field: 'minutesBefore', error: t('nudgeErrorBedtimeMinutes') };
      return { ok: true, value: { kind: 'before-bedtime', minutesBefore, weekdays: sortedDays(draft.weekdays) } };
    }
    case 'interval': {
      const everyMinutes = wholeNumber(draft.everyMinutes, INTERVAL_LIMITS.min, INTERVAL_LIMITS.max);
      if (everyMinutes === null) return { ok: false, field: 'everyMinutes', error: t('nudgeErrorInterval') };
      return { ok: true, value: { kind: 'interval', everyMinutes } };
    }
  }
}

const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
/** What "Add a time" and "Add breaks every hour" add. */
export const NEW_CLOCK_RULE: NudgeRule = { kind: 'clock', time: '12:00', weekdays: EVERY_DAY };
export const NEW_INTERVAL_RULE: NudgeRule = { kind: 'interval', everyMinutes: 60 };

/**
 * Changes one habit's nudges in the stored record and nothing else: the habits page writes
 * the other fields, so this runs on the freshest value read just before writing.
 */
export function withHabitNudges(
  record: HabitsRecord,
  habitId: string,
  change: (nudges: NudgeRule[]) => NudgeRule[] | string,
): Edit<HabitsRecord, 'habit'> {
  const habit = record.habits.find((h: Habit) => h.id === habitId);
  if (!habit) return { ok: false, field: 'habit', error: t('nudgeErrorGone') };
  const nudges = change(habit.nudges);
  if (typeof nudges === 'string') return { ok: false, field: 'habit', error: nudges };
  if (nudges.length > NUDGES_PER_HABIT_MAX) return { ok: false, field: 'habit', error: t('nudgeErrorTooMany', NUDGES_PER_HABIT_MAX) };
  return { ok: true, value: { ...record, habits: record.habits.map((h) => (h.id === habitId ? { ...h, nudges } : h)) } };
}

/** Puts `rule` in place `index` (the change for withHabitNudges). */
export const setRuleAt =
  (index: number, rule: NudgeRule) =>
  (nudges: NudgeRule[]): NudgeRule[] | string =>
    index < nudges.length ? nudges.map((r, i) => (i === index ? rule : r)) : t('nudgeErrorGone');

/** Takes rule `index` out (the change for withHabitNudges). */
export const removeRuleAt =
  (index: number) =>
  (nudges: NudgeRule[]): NudgeRule[] | string =>
    index < nudges.length ? nudges.filter((_, i) => i !== index) : t('nudgeErrorGone');

/** Puts a removed rule back at its old place, or last if the list is shorter now (Undo). */
export const insertRuleAt =
  (index: number, rule: NudgeRule) =>
  (nudges: NudgeRule[]): NudgeRule[] =>
    [...nudges.slice(0, index), rule, ...nudges.slice(index)];
