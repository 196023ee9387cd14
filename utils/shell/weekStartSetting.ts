import type { Settings } from '@/utils/settings/record';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import { settingsItem } from './storage';

type WeekStartsOn = Settings['weekStartsOn'];

/** Reads only the field this module owns; the rest of settings is validated where it is used. */
const weekStartOf = (raw: unknown): WeekStartsOn => {
  const value = (raw as Partial<Settings> | null)?.weekStartsOn;
  return value === 0 || value === 1 || value === 6 ? value : null;
};

export async function loadWeekStartsOn(): Promise<WeekStartsOn> {
  return weekStartOf(await settingsItem.getValue());
}

/** Read-modify-write of the freshest settings, so a field another page just changed survives. */
export async function saveWeekStartsOn(weekStartsOn: WeekStartsOn): Promise<void> {
  const current: unknown = await settingsItem.getValue();
  const base = typeof current === 'object' && current !== null && !Array.isArray(current) ? (current as Settings) : DEFAULT_SETTINGS;
  await settingsItem.setValue({ ...base, weekStartsOn });
}

export function watchWeekStartsOn(callback: (value: WeekStartsOn) => void): () => void {
  return settingsItem.watch((raw) => callback(weekStartOf(raw)));
}
