import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import { parseClinicLink } from '@/utils/clinic/link';
import type { ClinicPlan } from '@/utils/clinic/plan';
import type { ClinicProfile } from '@/utils/clinic/profile';
import type { ProfileSummary } from '@/utils/clinic/summary';
import { describeChange, summarizeProfile } from '@/utils/clinic/summary';
import { applyClinicSetup, planFromStorage } from '@/utils/shell/clinicActions';

export type ClinicSetupState =
  | { stage: 'idle' }
  | { stage: 'error'; error: string }
  | {
      stage: 'review';
      profile: ClinicProfile;
      plan: ClinicPlan;
      summary: ProfileSummary;
      changes: Array<{ id: string; text: string; conflict: boolean }>;
      replaces: string | null;
      busy: boolean;
    }
  | { stage: 'done'; name: string; stale: number }
  | { stage: 'cancelled' };

/**
 * A page's path from a clinic link to a confirmed setup: read the link, show the plan, apply
 * the changes the patient keeps. Used by the setup page, the options page and onboarding, so
 * the three behave the same. Nothing is written before `confirm`.
 */
export function useClinicSetup() {
  const [state, setState] = useState<ClinicSetupState>({ stage: 'idle' });

  const preview = async (input: string) => {
    const parsed = await parseClinicLink(input);
    if (!parsed.ok) return setState({ stage: 'error', error: parsed.error });
    const { plan, current } = await planFromStorage(parsed.profile);
    if (current?.source === 'policy') return setState({ stage: 'error', error: t('clinicManagedNoLink') });
    setState({
      stage: 'review',
      profile: parsed.profile,
      plan,
      summary: summarizeProfile(parsed.profile),
      changes: plan.changes.map((c) => ({ id: c.id, text: describeChange(c), conflict: c.conflict })),
      replaces: current?.profile.name ?? null,
      busy: false,
    });
  };

  const confirm = async (ids: string[]) => {
    if (state.stage !== 'review') return;
    setState({ ...state, busy: true });
    const chosen = state.plan.changes.filter((c) => ids.includes(c.id));
    const result = await applyClinicSetup(state.profile, chosen, 'link');
    setState({ stage: 'done', name: state.profile.name, stale: result.stale.length });
  };

  return {
    state,
    preview,
    confirm,
    cancel: () => setState({ stage: 'cancelled' }),
    reset: () => setState({ stage: 'idle' }),
  };
}
