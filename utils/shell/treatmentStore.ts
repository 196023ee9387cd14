import type { TreatmentRecord } from '@/utils/treatment/record';
import { salvageTreatment } from '@/utils/treatment/record';
import { recoveryItem, treatmentItem } from './storage';

/** Sets rejected entries aside under the recovery key, never dropping them. */
async function keepAside(rejected: ReturnType<typeof salvageTreatment>['rejected']): Promise<void> {
  const keptAt = new Date().toISOString();
  const existing = await recoveryItem.getValue();
  await recoveryItem.setValue([...existing, ...rejected.map((r) => ({ ...r, keptAt }))]);
}

/**
 * The validated treatment record. An invalid entry is moved to the recovery key and the
 * rest is written back, so every later read is clean and nothing is lost.
 */
export async function loadTreatment(): Promise<TreatmentRecord> {
  const { record, rejected } = salvageTreatment(await treatmentItem.getValue());
  if (rejected.length > 0) {
    await keepAside(rejected);
    await treatmentItem.setValue(record);
  }
  return record;
}

export function saveTreatment(record: TreatmentRecord): Promise<void> {
  return treatmentItem.setValue(record);
}

/** Calls back with the validated record on every change, from any page or the background. */
export function watchTreatment(callback: (record: TreatmentRecord) => void): () => void {
  return treatmentItem.watch((raw) => {
    const { record, rejected } = salvageTreatment(raw);
    if (rejected.length > 0) void loadTreatment().then(callback);
    else callback(record);
  });
}
