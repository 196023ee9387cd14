import { t } from '@/utils/catalogue';
import type { ProfileSummary } from '@/utils/clinic/summary';

interface Props {
  /** The clinic from the link's fragment, validated; null without a (valid) link. */
  clinic: ProfileSummary | null;
  /** Why the link in the address was refused, if it was. */
  linkError: string | null;
  /** Afterglow's content script marked this page: the extension is installed here. */
  installed: boolean;
  storeUrls: { chrome: string; edge: string; firefox: string };
}

/**
 * The clinic landing page: the clinic's name and welcome (as text), install buttons, what
 * Afterglow is and what it keeps private; where Afterglow is installed, "Finish the setup",
 * which the content script answers by opening the extension's preview.
 */
export function LandingPage({ clinic, linkError, installed, storeUrls }: Props) {
  return (
    <main class="stack page landing">
      <h1>{clinic ? t('clinicSetupTitle', clinic.name) : t('clinicLandingTitle')}</h1>
      {clinic && <p>{t('clinicLandingInvite', clinic.name)}</p>}
      {clinic?.welcome && <p class="clinic-welcome card">{clinic.welcome}</p>}
      {linkError && (
        <div role="alert" class="stack">
          <p class="error">{linkError}</p>
          <p>{t('clinicLandingBadLink')}</p>
        </div>
      )}

      {installed && clinic ? (
        <section class="card stack" aria-labelledby="finish-heading">
          <h2 id="finish-heading">{t('clinicLandingInstalled')}</h2>
          <p>
            <button type="button" class="primary" data-afterglow-action="finish-setup">
              {t('clinicFinishSetup')}
            </button>
          </p>
          <p class="muted small">{t('clinicFinishSetupNote')}</p>
        </section>
      ) : installed ? (
        <p class="card">{t('clinicLandingInstalled')}</p>
      ) : (
        <section class="stack" aria-label={t('clinicLandingTitle')}>
          <p class="row install-buttons">
            <a href={storeUrls.chrome} rel="noopener">
              {t('clinicInstallChrome')}
            </a>
            <a href={storeUrls.edge} rel="noopener">
              {t('clinicInstallEdge')}
            </a>
            <a href={storeUrls.firefox} rel="noopener">
              {t('clinicInstallFirefox')}
            </a>
          </p>
          {clinic && <p class="muted">{t('clinicLandingAfterInstall')}</p>}
        </section>
      )}

      <section class="stack">
        <p>{t('clinicLandingWhat')}</p>
        <h2>{t('clinicLandingPrivateHeading')}</h2>
        <p>{t('clinicLandingPrivate')}</p>
      </section>
      <footer class="small">
        <p class="muted">{t('notMedicalAdvice')}</p>
      </footer>
    </main>
  );
}
