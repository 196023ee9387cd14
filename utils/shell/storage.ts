import { storage } from 'wxt/utils/storage';
import type { HabitsRecord } from '../habits';
import { EMPTY_HABITS, HABITS_VERSION } from '../habits';
import type { Settings } from '../settings';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../settings';
import type { RejectedValue, TreatmentRecord } from '../treatment';
import { EMPTY_TREATMENT, TREATMENT_VERSION } from '../treatment';

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
