import * as v from 'valibot';

/**
 * The patient's settings for the mood and the questionnaires, stored in storage.local under
 * `measures` at MEASURE_SETTINGS_VERSION (read by utils/stored/snapshot.ts).
 */
export const MEASURE_SETTINGS_VERSION = 1;

export interface MeasureSettings {
  /** Prompt the day's note for an intention (infusion day) or integration (in the window). */
  moodPrompts: boolean;
  /** Days between questionnaires during the induction series: weekly in research (Löwe 2004). */
  inductionEveryDays: number;
  /** Days between questionnaires after the series: clinic platforms default to 14. */
  maintenanceEveryDays: number;
  /** A notification on the day they are due. Off unless the patient turns it on (issue 11). */
  nudge: boolean;
}

/** docs/clinical-defaults.md#measures: the patient and a clinic link (utils/clinic/profile.ts) may set 7–28. */
export const MEASURE_INTERVAL_LIMITS = { min: 7, max: 28 } as const;

/** The two intervals, in days: during the induction series and after it. */
export type MeasureInterval = 'inductionEveryDays' | 'maintenanceEveryDays';
export const MEASURE_INTERVALS: readonly MeasureInterval[] = ['inductionEveryDays', 'maintenanceEveryDays'];

export const DEFAULT_MEASURE_SETTINGS: MeasureSettings = {
  moodPrompts: true,
  inductionEveryDays: 7,
  maintenanceEveryDays: 14,
  nudge: false,
};

const interval = v.pipe(v.number(), v.integer(), v.minValue(MEASURE_INTERVAL_LIMITS.min), v.maxValue(MEASURE_INTERVAL_LIMITS.max));

export const MeasureSettingsSchema = v.strictObject({
  moodPrompts: v.boolean(),
  inductionEveryDays: interval,
  maintenanceEveryDays: interval,
  nudge: v.boolean(),
});

/** A typed interval, or the sentence saying which range to use. */
export function parseInterval(raw: string): { ok: true; value: number } | { ok: false } {
  const value = Number(raw);
  return Number.isInteger(value) && value >= MEASURE_INTERVAL_LIMITS.min && value <= MEASURE_INTERVAL_LIMITS.max ? { ok: true, value } : { ok: false };
}
