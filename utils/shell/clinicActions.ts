import type { AppliedSetup, ClinicPlan, PlanChange } from '@/utils/clinic/plan';
import { applyClinicPlan, planClinicSetup } from '@/utils/clinic/plan';
import type { ClinicProfile } from '@/utils/clinic/profile';
import type { ClinicRecord } from '@/utils/clinic/record';
import type { Snapshot } from '@/utils/stored/snapshot';
import { editStored, loadSnapshot, updateRecord } from './snapshot';

const planOn = (profile: ClinicProfile, { treatment, habits, measures, clinic }: Snapshot) =>
  planClinicSetup(profile, { protocol: treatment.protocol, habits, measures }, clinic?.wrote ?? null);

/** What applying `profile` would change now, on the freshest stored values. */
export async function planFromStorage(profile: ClinicProfile): Promise<{ plan: ClinicPlan; current: ClinicRecord | null }> {
  const stored = await loadSnapshot();
  return { plan: planOn(profile, stored), current: stored.clinic };
}

/**
 * Applies a confirmed setup in one step: on the freshest treatment, habits and clinic (under
 * the storage lock), plans again, makes only the chosen changes that still hold, and writes the
 * records in one storage call (the measures settings only when an interval changed). Infusions,
 * sessions, scores and history are carried over untouched.
 */
export function applyClinicSetup(
  profile: ClinicProfile,
  chosen: readonly PlanChange[],
  source: ClinicRecord['source'],
  now = new Date(),
): Promise<AppliedSetup> {
  return editStored((stored) => {
    const state = { protocol: stored.treatment.protocol, habits: stored.habits, measures: stored.measures };
    const wrote = stored.clinic?.wrote ?? null;
    const result = applyClinicPlan(state, planOn(profile, stored), chosen, profile, wrote, now);
    const clinic: ClinicRecord = { profile, source, appliedAt: now.toISOString(), wrote: result.wrote };
    return {
      write: {
        treatment: { ...stored.treatment, protocol: result.state.protocol },
        habits: result.state.habits,
        ...(result.state.measures !== stored.measures && { measures: result.state.measures }),
        clinic,
      },
      result,
    };
  }, now);
}

/** Forgets the clinic (name, contact, nudge texts); the protocol and habits stay as they are. */
export function removeClinic(): Promise<void> {
  return updateRecord('clinic', () => null);
}
