import { CrisisLink } from '@/components/CrisisLink';
import { t } from '@/utils/catalogue';
import type { CrisisCountry } from '@/utils/crisis/countries';

/** The settings page's last section: what Afterglow is, its privacy in one line, the version. */
export function AboutSection({ version, crisisCountry }: { version: string; crisisCountry: CrisisCountry }) {
  return (
    <section class="stack small" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('aboutHeading')}</h2>
      <p>{t('aboutWhat')}</p>
      <p class="muted">{t('privacyOneLine')}</p>
      <CrisisLink country={crisisCountry} />
      <p class="muted">{t('notMedicalAdvice')}</p>
      <p class="muted">{t('aboutVersion', version)}</p>
    </section>
  );
}
