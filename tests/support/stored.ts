import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StoredKey } from '@/utils/stored/keys';
import type { Snapshot } from '@/utils/stored/snapshot';
import { EMPTY_SNAPSHOT } from '@/utils/stored/snapshot';

/**
 * A stored record for tests, written and read straight through (fake) storage.local, as a hand
 * edit, an old build or a disk error would leave it: nothing here validates or locks.
 */
export function storedItem<K extends StoredKey>(key: K) {
  return {
    async getValue(): Promise<Snapshot[K]> {
      const value = (await fakeBrowser.storage.local.get(key))[key];
      return (value === undefined ? EMPTY_SNAPSHOT[key] : value) as Snapshot[K];
    },
    setValue: (value: unknown) => fakeBrowser.storage.local.set({ [key]: value }),
  };
}

export const treatmentItem = storedItem('treatment');
export const habitsItem = storedItem('habits');
export const settingsItem = storedItem('settings');
export const nudgeStateItem = storedItem('nudgeState');
export const clinicItem = storedItem('clinic');
export const recoveryItem = storedItem('recovery');
export const measuresItem = storedItem('measures');
