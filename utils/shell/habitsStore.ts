import type { HabitsRecord } from '@/utils/habits/record';
import { salvageHabits } from '@/utils/habits/salvage';
import { habitsItem, recoveryItem } from './storage';

/** Sets rejected entries aside under the recovery key, never dropping them. */
async function keepAside(rejected: ReturnType<typeof salvageHabits>['rejected']): Promise<void> {
  const keptAt = new Date().toISOString();
  const existing = await recoveryItem.getValue();
  await recoveryItem.setValue([...existing, ...rejected.map((r) => ({ ...r, keptAt }))]);
}

/**
 * The validated habits record. An invalid entry is moved to the recovery key and the rest is
 * written back, so every later read is clean and nothing is lost.
 */
export async function loadHabits(): Promise<HabitsRecord> {
  const { record, rejected } = salvageHabits(await habitsItem.getValue());
  if (rejected.length > 0) {
    await keepAside(rejected);
    await habitsItem.setValue(record);
  }
  return record;
}

export function saveHabits(record: HabitsRecord): Promise<void> {
  return habitsItem.setValue(record);
}

/** Calls back with the validated record on every change, from any page or the background. */
export function watchHabits(callback: (record: HabitsRecord) => void): () => void {
  return habitsItem.watch((raw) => {
    const { record, rejected } = salvageHabits(raw);
    if (rejected.length > 0) void loadHabits().then(callback);
    else callback(record);
  });
}
