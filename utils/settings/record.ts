import * as v from 'valibot';
import { isoInstant } from '@/utils/treatment/schema';
import type { ClockTime, Weekday } from '@/utils/habits/record';
import type { CrisisCountry } from '@/utils/crisis/countries';
import { CRISIS_COUNTRIES } from '@/utils/crisis/countries';

/**
 * When nudges may come, how weeks are counted, and whose crisis lines to show. Stored in
 * storage.local under `settings`, read with the other records by utils/stored/snapshot.ts.
 */
export interface Settings {
  /** First day of the week for goals; null: the locale's (Intl.Locale weekInfo), else Monday. */
  weekStartsOn: 0 | 1 | 6 | null;
  /** Movement-break reminders come only inside these (Stretchly's most requested feature). */
  workingHours: { days: Weekday[]; start: ClockTime; end: ClockTime };
  /** No nudge at all inside these; may cross midnight. */
  quietHours: { start: ClockTime; end: ClockTime };
  /** The wind-down nudge comes a set time before this. */
  bedtime: ClockTime;
  /** ISO instant until which nudges are paused; they resume on their own. */
  pausedUntil: string | null;
  /**
   * Whose crisis lines every page shows (issue 13). Absent: the browser's region decides
   * (utils/crisis/countries.ts, defaultCountry), so a record stored before this field reads as it
   * always did, and choosing "From this browser's region" again removes it.
   */
  crisisCountry?: CrisisCountry;
}

export const DEFAULT_SETTINGS: Settings = {
  weekStartsOn: null,
  workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  quietHours: { start: '21:30', end: '07:30' },
  bedtime: '22:30',
  pausedUntil: null,
};

const clockTime = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time like 08:00'));

/** The one schema for the stored settings. */
export const SettingsSchema = v.strictObject({
  weekStartsOn: v.nullable(v.picklist([0, 1, 6] as const)),
  workingHours: v.strictObject({
    days: v.pipe(v.array(v.picklist([0, 1, 2, 3, 4, 5, 6] as const)), v.maxLength(7)),
    start: clockTime,
    end: clockTime,
  }),
  quietHours: v.strictObject({ start: clockTime, end: clockTime }),
  bedtime: clockTime,
  pausedUntil: v.nullable(isoInstant),
  crisisCountry: v.optional(v.picklist(CRISIS_COUNTRIES)),
});
