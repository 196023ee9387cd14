import * as v from 'valibot';
import { isRealDate } from '@/utils/treatment/record';
import { isoInstant } from '@/utils/treatment/schema';

/**
 * The patient's habit goals and the nudges attached to them. Stored in storage.local under
 * `habits`, read with the other records by utils/stored/snapshot.ts. What was done lives in
 * IndexedDB (utils/shell/history.ts), keyed by day, so years of history never load at once.
 */
export type PresetId =
  | 'morning-light'
  | 'evening-light'
  | 'movement'
  | 'movement-breaks'
  | 'wind-down'
  | 'reflect'
  | 'therapy';

/** Daily, or N times in a week (the week starts on Settings.weekStartsOn). */
export type Goal = { per: 'day' } | { per: 'week'; times: number };

/** "HH:mm", 24-hour, local time. */
export type ClockTime = string;

/** Weekdays as Date.getDay() numbers: 0 Sunday … 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * When a habit's nudge is due.
 * - clock: at a fixed local time on the chosen weekdays (morning light 08:00).
 * - before-bedtime: `minutesBefore` the bedtime in Settings, on the chosen weekdays (wind-down).
 * - interval: every `everyMinutes` inside working hours (movement breaks). Idle time counts as
 *   a break and restarts the interval; a met goal does not silence break reminders.
 * - in-window: once per window, at `time` on the first day after the rest day that is still
 *   inside the window (the reflection prompt).
 */
export type NudgeRule =
  | { kind: 'clock'; time: ClockTime; weekdays: Weekday[] }
  | { kind: 'before-bedtime'; minutesBefore: number; weekdays: Weekday[] }
  | { kind: 'interval'; everyMinutes: number }
  | { kind: 'in-window'; time: ClockTime };

export interface Habit {
  /** A preset's id for presets ("morning-light"), "custom-" + random for the patient's own. */
  id: string;
  preset: PresetId | null;
  /** The patient's words for it; for presets, the catalogue's name until they rename it. */
  name: string;
  /** One to build ("stretch at lunch") or one to stop ("no phone after 22:00"). */
  direction: 'build' | 'stop';
  goal: Goal;
  /** Paused habits get no nudges and their days count as skipped; archived ones keep history. */
  status: 'active' | 'paused' | 'archived';
  /** ISO instant. */
  createdAt: string;
  /** For movement: walk, yoga, swim, run, strength, or the patient's own word. */
  activity?: string;
  nudges: NudgeRule[];
  /**
   * The day ("2026-11-27") the goal was last set. Grow/shrink offers look only at full weeks
   * under the goal now in force, so a goal just raised is never called missed. Absent: the
   * day of createdAt.
   */
  goalSince?: string;
  /**
   * When the habit was paused, first and last day ("2026-11-27"); `until` null while it still
   * is. Paused days count as skipped in the score (utils/habits/score.ts), even years later.
   */
  pauses?: HabitPause[];
}

export interface HabitPause {
  from: string;
  until: string | null;
}

export interface HabitsRecord {
  habits: Habit[];
  /** Offers to grow or shrink a weekly goal that the patient answered "not now": habit id → ISO week start. */
  offersDeclined: Record<string, string>;
}

export const EMPTY_HABITS: HabitsRecord = { habits: [], offersDeclined: {} };

const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/**
 * Preset defaults (docs/clinical-defaults.md#habits); a clinic
 * profile may change them. Names live in the catalogue (PRESET_NAMES in utils/habits/names.ts).
 */
/** The preset ids on their own, so a schema can name them without carrying PRESETS' defaults. */
export const PRESET_IDS: PresetId[] = ['morning-light', 'evening-light', 'movement', 'movement-breaks', 'wind-down', 'reflect', 'therapy'];

export const PRESETS: Record<PresetId, Pick<Habit, 'direction' | 'goal' | 'nudges'>> = {
  // Brown 2022 (PLoS Biol 20:e3001571): daylight in the morning; Burns 2021 (observational).
  'morning-light': { direction: 'build', goal: { per: 'day' }, nudges: [{ kind: 'clock', time: '08:00', weekdays: EVERY_DAY }] },
  // Brown 2022: a walk in evening light, then dim light for the last 3 hours before bed.
  'evening-light': { direction: 'build', goal: { per: 'day' }, nudges: [{ kind: 'clock', time: '18:30', weekdays: EVERY_DAY }] },
  // Start small: 1–2 sessions a week; consistency over intensity.
  movement: { direction: 'build', goal: { per: 'week', times: 1 }, nudges: [] },
  // The most requested feature of break reminders: respect working hours.
  'movement-breaks': { direction: 'build', goal: { per: 'day' }, nudges: [{ kind: 'interval', everyMinutes: 60 }] },
  'wind-down': { direction: 'build', goal: { per: 'day' }, nudges: [{ kind: 'before-bedtime', minutesBefore: 60, weekdays: EVERY_DAY }] },
  // The window is a time for reflection: one prompt per window.
  reflect: { direction: 'build', goal: { per: 'week', times: 1 }, nudges: [{ kind: 'in-window', time: '10:00' }] },
  therapy: { direction: 'build', goal: { per: 'week', times: 1 }, nudges: [] },
};

export const GOAL_TIMES_LIMITS = { min: 1, max: 7 } as const;
export const INTERVAL_LIMITS = { min: 15, max: 480 } as const;
export const HABIT_NAME_MAX = 80;
/** Pause periods kept per habit; the oldest give way first (a pause years ago changes nothing now). */
export const PAUSES_MAX = 100;

/** A local calendar day, "2026-11-27" (utils/time/dayKey.ts). */
const dayKeySchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day like 2026-11-27'),
  v.check((day) => isRealDate(`${day}T00:00:00Z`), 'must be a real day'),
);

const clockTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:00'));
const weekdays = v.pipe(v.array(v.picklist([0, 1, 2, 3, 4, 5, 6] as const)), v.maxLength(7));

export const NudgeRuleSchema = v.variant('kind', [
  v.strictObject({ kind: v.literal('clock'), time: clockTime, weekdays }),
  v.strictObject({
    kind: v.literal('before-bedtime'),
    minutesBefore: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(240)),
    weekdays,
  }),
  v.strictObject({
    kind: v.literal('interval'),
    everyMinutes: v.pipe(v.number(), v.integer(), v.minValue(INTERVAL_LIMITS.min), v.maxValue(INTERVAL_LIMITS.max)),
  }),
  v.strictObject({ kind: v.literal('in-window'), time: clockTime }),
]);

export const GoalSchema = v.variant('per', [
  v.strictObject({ per: v.literal('day') }),
  v.strictObject({
    per: v.literal('week'),
    times: v.pipe(v.number(), v.integer(), v.minValue(GOAL_TIMES_LIMITS.min), v.maxValue(GOAL_TIMES_LIMITS.max)),
  }),
]);

export const HabitSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}$/)),
  preset: v.nullable(v.picklist(PRESET_IDS)),
  // Names are trimmed when edited (utils/habits/edits.ts); here a blank one is refused.
  name: v.pipe(v.string(), v.check((name) => name.trim() !== '', 'must not be empty'), v.maxLength(HABIT_NAME_MAX)),
  direction: v.picklist(['build', 'stop']),
  goal: GoalSchema,
  status: v.picklist(['active', 'paused', 'archived']),
  createdAt: isoInstant,
  activity: v.optional(v.pipe(v.string(), v.maxLength(40))),
  nudges: v.pipe(v.array(NudgeRuleSchema), v.maxLength(8)),
  goalSince: v.optional(dayKeySchema),
  pauses: v.optional(
    v.pipe(v.array(v.strictObject({ from: dayKeySchema, until: v.nullable(dayKeySchema) })), v.maxLength(PAUSES_MAX)),
  ),
});

/** The one schema for the stored habits record. */
export const HabitsRecordSchema = v.strictObject({
  habits: v.pipe(v.array(HabitSchema), v.maxLength(50)),
  offersDeclined: v.record(v.string(), v.string()),
});
