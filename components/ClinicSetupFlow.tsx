import { t } from '@/utils/catalogue';
import type { ClinicSetupState } from '@/hooks/useClinicSetup';
import { ClinicSetupReview } from './ClinicSetupReview';

interface Props {
  state: ClinicSetupState;
  onConfirm: (ids: string[]) => void;
  onCancel: () => void;
}

/** The outcome of reading a clinic link: the review, a sentence saying it is done, or that nothing changed. */
export function ClinicSetupFlow({ state, onConfirm, onCancel }: Props) {
  switch (state.stage) {
    case 'review':
      return (
        <ClinicSetupReview
          summary={state.summary}
          changes={state.changes}
          replaces={state.replaces}
          busy={state.busy}
          onConfirm={onConfirm}
          onCancel={onCancel}
        />
      );
    case 'done':
      return (
        <div role="status" class="stack">
          <p>
            <strong>{t('clinicApplied', state.name)}</strong>
          </p>
          {state.stale > 0 && <p>{t('clinicAppliedStale', state.stale)}</p>}
        </div>
      );
    case 'cancelled':
      return <p role="status">{t('clinicCancelled')}</p>;
    default:
      return null;
  }
}
