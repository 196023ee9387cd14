import { CrisisLink } from '@/components/CrisisLink';
import { t } from '@/utils/catalogue';

/** The settings page's last section: what Afterglow is, its privacy in one line, the version. */
export function AboutSection({ version }: { version: string }) {
  return (
    <section class="stack small" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('aboutHeading')}</h2>
      <p>{t('aboutWhat')}</p>
      <p class="muted">{t('privacyOneLine')}</p>
      <CrisisLink />
      <p class="muted">{t('notMedicalAdvice')}</p>
      <p class="muted">{t('aboutVersion', version)}</p>
    </section>
  );
}
