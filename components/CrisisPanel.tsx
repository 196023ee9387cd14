import { t } from '@/utils/catalogue';
import type { ClinicContact } from '@/utils/clinic/contact';
import type { CrisisCountry } from '@/utils/crisis/countries';
import { CrisisLines } from './CrisisLines';

interface Props {
  clinic: ClinicContact | null;
  /** Whose lines to show: the patient's country, not the page's language. */
  country: CrisisCountry;
  onClose: () => void;
}

/**
 * Shown at once when PHQ-9 item 9 is answered above "Not at all", before the score and
 * whatever the total; it stays until the patient closes it (docs/clinical-defaults.md#crisis-help).
 */
export function CrisisPanel({ clinic, country, onClose }: Props) {
  return (
    <section class="crisis-panel" role="alert" aria-labelledby="crisis-panel-title" data-testid="crisis-panel">
      <h2 id="crisis-panel-title">{t('crisisPanelTitle')}</h2>
      <p>{t('crisisPanelReachOut')}</p>
      <CrisisLines country={country} linkClass="crisis-action" />
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
