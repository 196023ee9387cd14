import { storage } from 'wxt/utils/storage';
import { CLINIC_RECORD_VERSION } from '@/utils/clinic/contact';
import type { ClinicRecord } from '@/utils/clinic/record';
import type { HabitsRecord } from '@/utils/habits/record';
import { EMPTY_HABITS, HABITS_VERSION } from '@/utils/habits/record';
import type { NudgeSchedule, NudgeState } from '@/utils/nudges/state';
import { EMPTY_NUDGE_STATE, NUDGE_STATE_VERSION } from '@/utils/nudges/state';
import type { Settings } from '@/utils/settings/record';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '@/utils/settings/record';
import type { RejectedValue, TreatmentRecord } from '@/utils/treatment/record';
import { EMPTY_TREATMENT, TREATMENT_VERSION } from '@/utils/treatment/record';

// Every stored item, and nothing else. storage.local only: storage.sync would upload
// health data to the browser account (DOMAIN.md, privacy).

export const treatmentItem = storage.defineItem<TreatmentRecord>('local:treatment', {
  fallback: EMPTY_TREATMENT,
  version: TREATMENT_VERSION,
  // Migrations go here as `{ 2: (v1) => v2 }` when the record changes shape.
  migrations: {},
});

/** Stored values that failed validation, set aside for the patient to download. */
export interface RecoveredEntry extends RejectedValue {
  /** ISO instant when it was set aside. */
  keptAt: string;
}

export const recoveryItem = storage.defineItem<RecoveredEntry[]>('local:recovery', { fallback: [] });

export const habitsItem = storage.defineItem<HabitsRecord>('local:habits', {
  fallback: EMPTY_HABITS,
  version: HABITS_VERSION,
  migrations: {},
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: {},
});

/** Snoozes and the last return from time away (utils/nudges/state.ts); watched by the background. */
export const nudgeStateItem = storage.defineItem<NudgeState>('local:nudgeState', {
  fallback: EMPTY_NUDGE_STATE,
  version: NUDGE_STATE_VERSION,
  migrations: {},
});

/** The nudge alarms last set, so an occurrence the browser dropped is still handled. Not watched. */
export const nudgeScheduleItem = storage.defineItem<NudgeSchedule>('local:nudgeSchedule', { fallback: {} });

/**
 * The clinic this Afterglow is set up for (utils/clinic/record.ts, version 1), or null. Read by the
 * popup (name, phone) and the nudges (the clinic's texts) through utils/clinic/contact.ts.
 */
export const clinicItem = storage.defineItem<ClinicRecord | null>('local:clinic', {
  fallback: null,
  version: CLINIC_RECORD_VERSION,
  migrations: {},
});
