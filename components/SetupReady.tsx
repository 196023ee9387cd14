import { t } from '@/utils/catalogue';
import type { SetupSummary } from '@/utils/onboarding/setupSummary';

/** Onboarding's last step: what is set up, what is not yet, and how to pin Afterglow. */
export function SetupReady({ summary }: { summary: SetupSummary }) {
  return (
    <div class="stack" data-testid="setup-ready">
      {summary.done.length > 0 && (
        <>
          <h3>{t('onboardingSetUp')}</h3>
          <ul>
            {summary.done.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {summary.notYet.length > 0 && (
        <>
          <h3>{t('onboardingNotYet')}</h3>
          <ul>
            {summary.notYet.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('pinHeading')}</h3>
      <p>{t('pinIntro')}</p>
      <ul>
        <li>{t('pinChrome')}</li>
        <li>{t('pinEdge')}</li>
        <li>{t('pinFirefox')}</li>
      </ul>
    </div>
  );
}
