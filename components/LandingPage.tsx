import { t } from '@/utils/catalogue';
import type { ProfileSummary } from '@/utils/clinic/summary';
import { PhoneHandOff, SetupCodeFallback } from './LandingHandOff';

interface Props {
  /** The clinic from the page's code (built in, or in the fragment), validated; null without one. */
  clinic: ProfileSummary | null;
  /** That clinic's code, for pasting into Afterglow by hand. */
  code: string | null;
  /** Why the code was refused, if it was. */
  linkError: string | null;
  /** Afterglow's content script marked this page: the extension is installed here. */
  installed: boolean;
  /** A few seconds passed and no content script marked the page (not installed, or a build for another address). */
  noAnswer: boolean;
  /** A phone or tablet, where Afterglow cannot be installed (utils/clinic/handOff.ts). */
  onPhone: boolean;
  /** This page's address, to send on to the computer. */
  pageUrl: string;
  storeUrls: { chrome: string; edge: string; firefox: string };
  copy: (text: string) => Promise<boolean>;
  /** navigator.share where the device has it. */
  share: (() => void) | null;
  /** A picture of the popup, where the page has one (the shared landing page, issue 14). */
  picture?: string | null;
}

/**
 * The clinic landing page: the clinic's name and welcome (as text), install buttons, what
 * Afterglow is and what it keeps private; where Afterglow is installed, "Finish the setup",
 * which the content script answers by opening the extension's preview. No dead ends
 * (issue 17): when the extension does not answer, the setup code to paste; on a phone, the
 * way to the computer.
 */
export function LandingPage({ clinic, code, linkError, installed, noAnswer, onPhone, pageUrl, storeUrls, copy, share, picture }: Props) {
  const title = clinic ? t('clinicSetupTitle', clinic.name) : t('clinicLandingTitle');
  return (
    <main class="stack page landing">
      <h1>{title}</h1>
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
        <>
          {onPhone && <PhoneHandOff url={pageUrl} subject={title} share={share} />}
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
          {clinic && code && noAnswer && !onPhone && <SetupCodeFallback code={code} copy={copy} />}
        </>
      )}

      <section class="stack">
        <p>{t('clinicLandingWhat')}</p>
        {picture && <img class="landing-picture" src={picture} alt={t('clinicLandingPictureAlt')} width={420} />}
        <h2>{t('clinicLandingPrivateHeading')}</h2>
        <p>{t('clinicLandingPrivate')}</p>
      </section>
      <footer class="small">
        <p class="muted">{t('notMedicalAdvice')}</p>
      </footer>
    </main>
  );
}
