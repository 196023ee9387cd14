import { storage } from 'wxt/utils/storage';
import type { ClinicProfile } from '@/utils/clinic/profile';
import type { AppliedSetup, ClinicPlan, PlanChange } from '@/utils/clinic/plan';
import { applyClinicPlan, planClinicSetup } from '@/utils/clinic/plan';
import type { ClinicRecord } from '@/utils/clinic/record';
import { readClinicRecord } from '@/utils/clinic/record';
import { loadHabits } from './habitsStore';
import { clinicItem, habitsItem, recoveryItem, treatmentItem } from './storage';
import { loadTreatment } from './treatmentStore';

/**
 * The stored clinic, read through its schema: a record that fails is set aside under the
 * recovery key (never silently dropped) and the clinic is cleared.
 */
export async function loadClinic(): Promise<ClinicRecord | null> {
  const raw = await clinicItem.getValue();
  const { record, problem } = readClinicRecord(raw);
  if (problem) {
    const existing = await recoveryItem.getValue();
    await storage.setItems([
      { item: recoveryItem, value: [...existing, { path: 'clinic', value: raw, problem, keptAt: new Date().toISOString() }] },
      { item: clinicItem, value: null },
    ]);
  }
  return record;
}

export function watchClinic(callback: (record: ClinicRecord | null) => void): () => void {
  return clinicItem.watch((raw) => {
    const { record, problem } = readClinicRecord(raw);
    if (problem) void loadClinic().then(callback);
    else callback(record);
  });
}

/** What applying `profile` would change now, on the freshest stored values. */
export async function planFromStorage(profile: ClinicProfile): Promise<{ plan: ClinicPlan; current: ClinicRecord | null }> {
  const [treatment, habits, current] = await Promise.all([loadTreatment(), loadHabits(), loadClinic()]);
  return { plan: planClinicSetup(profile, { protocol: treatment.protocol, habits }, current?.wrote ?? null), current };
}

/**
 * Applies a confirmed setup in one step: reads the freshest treatment, habits and clinic,
 * plans again on them, makes only the chosen changes that still hold, and writes the three
 * items in one storage call. Infusions, sessions and history are carried over untouched.
 */
export async function applyClinicSetup(
  profile: ClinicProfile,
  chosen: readonly PlanChange[],
  source: ClinicRecord['source'],
  now = new Date(),
): Promise<AppliedSetup> {
  const [treatment, habits, current] = await Promise.all([loadTreatment(), loadHabits(), loadClinic()]);
  const state = { protocol: treatment.protocol, habits };
  const plan = planClinicSetup(profile, state, current?.wrote ?? null);
  const result = applyClinicPlan(state, plan, chosen, profile, current?.wrote ?? null, now);
  const record: ClinicRecord = { profile, source, appliedAt: now.toISOString(), wrote: result.wrote };
  await storage.setItems([
    { item: treatmentItem, value: { ...treatment, protocol: result.state.protocol } },
    { item: habitsItem, value: result.state.habits },
    { item: clinicItem, value: record },
  ]);
  return result;
}

/** Forgets the clinic (name, contact, nudge texts); the protocol and habits stay as they are. */
export function removeClinic(): Promise<void> {
  return clinicItem.removeValue();
}
