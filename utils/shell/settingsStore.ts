import type { Settings } from '@/utils/settings/record';
import { salvageSettings } from '@/utils/settings/salvage';
import { recoveryItem, settingsItem } from './storage';

/**
 * The validated settings. An invalid field is set aside under the recovery key, its default
 * takes its place and the result is written back, so nothing is lost and later reads are clean.
 */
export async function loadSettings(): Promise<Settings> {
  const { settings, rejected } = salvageSettings(await settingsItem.getValue());
  if (rejected.length > 0) {
    const keptAt = new Date().toISOString();
    await recoveryItem.setValue([...(await recoveryItem.getValue()), ...rejected.map((r) => ({ ...r, keptAt }))]);
    await settingsItem.setValue(settings);
  }
  return settings;
}

/** Read-modify-write of the freshest settings: a field another page just changed survives. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<void> {
  await settingsItem.setValue(change(await loadSettings()));
}

export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => {
    const { settings, rejected } = salvageSettings(raw);
    if (rejected.length > 0) void loadSettings().then(callback);
    else callback(settings);
  });
}
