import { t } from '@/utils/catalogue';
import type { ClinicContact } from '@/utils/clinic/contact';

/**
 * Shown at once when PHQ-9 item 9 is answered above "Not at all", before the score and
 * whatever the total; it stays until the patient closes it (docs/clinical-defaults.md#crisis-help).
 */
export function CrisisPanel({ clinic, onClose }: { clinic: ClinicContact | null; onClose: () => void }) {
  return (
    <section class="crisis-panel" role="alert" aria-labelledby="crisis-panel-title" data-testid="crisis-panel">
      <h2 id="crisis-panel-title">{t('crisisPanelTitle')}</h2>
      <p>{t('crisisPanelBody')}</p>
      <p class="row crisis-actions">
        <a class="crisis-action" href="tel:988">
          {t('crisisCall988')}
        </a>
        <a class="crisis-action" href="sms:988">
          {t('crisisText988')}
        </a>
        <a class="crisis-action" href="tel:911">
          {t('crisisCall911')}
        </a>
      </p>
      {clinic?.phone && clinic.tel && (
        <p>
          <a href={clinic.tel}>{t('crisisClinicLine', clinic.name, clinic.phone)}</a>
        </p>
      )}
      <p>
        <strong>{t('crisisNotMonitored')}</strong>
      </p>
      <button type="button" onClick={onClose}>
        {t('crisisPanelClose')}
      </button>
    </section>
  );
}
