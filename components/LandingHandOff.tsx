import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import { groupCode } from '@/utils/clinic/code';
import { emailToSelfHref } from '@/utils/clinic/handOff';

/**
 * The landing page's ways forward when Afterglow cannot finish the setup from the page itself
 * (issue 17): on a computer where the extension did not answer, the setup code to paste; on a
 * phone or tablet, where it cannot be installed, the link sent on to oneself.
 */
export function SetupCodeFallback({ code, copy }: { code: string; copy: (text: string) => Promise<boolean> }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  return (
    <section class="card stack" aria-labelledby="setup-code-heading" data-testid="landing-code">
      <h2 id="setup-code-heading">{t('clinicLandingCodeHeading')}</h2>
      <ol class="steps">
        <li>{t('clinicLandingCodeStep1')}</li>
        <li>{t('clinicLandingCodeStep2')}</li>
      </ol>
      <p class="setup-code" data-testid="setup-code">
        {groupCode(code).join(' ')}
      </p>
      <p class="row">
        <button type="button" class="primary" onClick={() => void copy(code).then(setCopied)}>
          {t('clinicCopyCode')}
        </button>
        <span role="status" class="small">
          {copied === true ? t('clinicCodeCopied') : copied === false ? t('clinicCodeCopyFailed') : ''}
        </span>
      </p>
    </section>
  );
}

export function PhoneHandOff(props: { url: string; subject: string; share: (() => void) | null }) {
  return (
    <section class="card stack" aria-labelledby="phone-heading" data-testid="phone-hand-off">
      <h2 id="phone-heading">{t('clinicLandingPhoneHeading')}</h2>
      <p>{t('clinicLandingPhone')}</p>
      <p class="row">
        {props.share && (
          <button type="button" class="primary" onClick={props.share}>
            {t('clinicLandingShare')}
          </button>
        )}
        <a class="button-link" href={emailToSelfHref(props.subject, props.url)}>
          {t('clinicLandingEmail')}
        </a>
      </p>
    </section>
  );
}
