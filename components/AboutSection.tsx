import { CrisisCountryControl } from '@/components/CrisisCountryControl';
import { CrisisLink } from '@/components/CrisisLink';
import { t } from '@/utils/catalogue';
import type { CrisisCountry } from '@/utils/crisis/countries';

interface Props {
  version: string;
  /** The country chosen for crisis lines; undefined: the browser's region decides. */
  crisisCountry: CrisisCountry | undefined;
  /** The country the browser's region gives (navigator.language). */
  regionCountry: CrisisCountry;
  onChooseCrisisCountry: (country: CrisisCountry | null) => Promise<unknown>;
}

/**
 * The settings page's last section: what Afterglow is, its privacy in one line, the country whose
 * crisis lines it shows (beside those lines, so a wrong one is seen and changed in one place),
 * the version.
 */
export function AboutSection({ version, crisisCountry, regionCountry, onChooseCrisisCountry }: Props) {
  return (
    <section class="stack small" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('aboutHeading')}</h2>
      <p>{t('aboutWhat')}</p>
      <p class="muted">{t('privacyOneLine')}</p>
      <CrisisCountryControl chosen={crisisCountry} fromRegion={regionCountry} onChoose={onChooseCrisisCountry} />
      <CrisisLink country={crisisCountry ?? regionCountry} />
      <p class="muted">{t('notMedicalAdvice')}</p>
      <p class="muted">{t('aboutVersion', version)}</p>
    </section>
  );
}
