import { browser } from 'wxt/browser';
import { defaultChoice } from '@/utils/clinic/plan';
import { profileFromPolicy, validateClinicProfile } from '@/utils/clinic/profile';
import { applyClinicSetup, planFromStorage, removeClinic } from './clinicActions';
import { loadSnapshot } from './snapshot';

/**
 * A clinic profile set by device policy (Chrome's managed storage, public/managed_schema.json).
 * It applies without a link and shows as "set by your clinic". Values the patient changed by
 * hand are kept, as when they confirm a link without ticking anything (utils/clinic/plan.ts).
 * Run when the onboarding page (opened on install), the options page or the setup page opens;
 * a policy changed later applies the next time one of them is opened.
 */

/** The policy's value: an object, or null where the browser has no managed storage (Firefox without a policy file, tests). */
async function readManaged(): Promise<Record<string, unknown> | null> {
  const managed = browser.storage?.managed;
  if (!managed) return null;
  try {
    return (await managed.get()) as Record<string, unknown>;
  } catch {
    // Firefox throws when no policy is installed for the add-on.
    return null;
  }
}

export type ManagedOutcome = 'applied' | 'removed' | 'unchanged' | 'none' | 'invalid';

/** Brings the stored clinic in line with the device policy, if there is one. */
export async function syncManagedClinic(now = new Date()): Promise<ManagedOutcome> {
  const managed = await readManaged();
  if (managed === null) return 'none';
  const current = (await loadSnapshot(now)).clinic;
  if (Object.keys(managed).length === 0) {
    // The policy was withdrawn: the clinic it set goes; the settings stay.
    if (current?.source !== 'policy') return 'none';
    await removeClinic();
    return 'removed';
  }
  const checked = validateClinicProfile(profileFromPolicy(managed));
  if (!checked.ok) {
    console.warn('Afterglow: the clinic policy is not a valid clinic profile; nothing was changed.', checked.problem);
    return 'invalid';
  }
  if (current?.source === 'policy' && JSON.stringify(current.profile) === JSON.stringify(checked.profile)) return 'unchanged';
  const { plan } = await planFromStorage(checked.profile);
  await applyClinicSetup(checked.profile, defaultChoice(plan), 'policy', now);
  return 'applied';
}
