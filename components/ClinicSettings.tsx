import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { ProfileSummary } from '@/utils/clinic/summary';
import type { ClinicSetupState } from '@/hooks/useClinicSetup';
import { ClinicDetails } from './ClinicDetails';
import { ClinicLinkForm } from './ClinicLinkForm';
import { ClinicSetupFlow } from './ClinicSetupFlow';

interface Props {
  /** The clinic set up now, or null. */
  current: { summary: ProfileSummary; managed: boolean } | null;
  setup: ClinicSetupState;
  onPreview: (text: string) => void;
  onConfirm: (ids: string[]) => void;
  onCancel: () => void;
  onRemove: () => Promise<void>;
  /** The link builder inside the extension (clinic.html). */
  builderHref: string;
}

/** The options page's clinic: who it is, a link to paste, removing it, and the builder for clinics. */
export function ClinicSettings({ current, setup, onPreview, onConfirm, onCancel, onRemove, builderHref }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState(false);

  return (
    <section aria-labelledby="clinic-heading" class="stack">
      <h2 id="clinic-heading">{t('clinicHeading')}</h2>
      {current ? (
        <div class="card stack">
          <ClinicDetails summary={current.summary} headingLevel={3} />
          {current.managed ? (
            <p class="muted small">
              <strong>{t('clinicManaged')}.</strong> {t('clinicManagedNote')}
            </p>
          ) : confirming ? (
            <div class="stack" role="group" aria-labelledby="clinic-remove-question">
              <p id="clinic-remove-question">{t('clinicRemoveConfirm', current.summary.name)}</p>
              <p class="row">
                <button
                  type="button"
                  class="primary"
                  onClick={() =>
                    void onRemove().then(() => {
                      setConfirming(false);
                      setRemoved(true);
                    })
                  }
                >
                  {t('clinicRemoveYes')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('cancel')}
                </button>
              </p>
            </div>
          ) : (
            <p>
              <button type="button" onClick={() => (setConfirming(true), setRemoved(false))}>
                {t('clinicRemove')}
              </button>
            </p>
          )}
        </div>
      ) : (
        <p class="muted">{t('clinicNone')}</p>
      )}
      {removed && !current && <p role="status">{t('clinicRemoved')}</p>}
      {!current?.managed && (
        <>
          <ClinicLinkForm onPreview={onPreview} error={setup.stage === 'error' ? setup.error : null} />
          <ClinicSetupFlow state={setup} onConfirm={onConfirm} onCancel={onCancel} />
        </>
      )}
      <p class="small">
        <a href={builderHref} target="_blank" rel="noopener">
          {t('clinicForClinics')}
        </a>
      </p>
    </section>
  );
}
