import { t } from '@/utils/catalogue';
import { groupCode } from '@/utils/clinic/code';
import type { QrMatrix } from '@/utils/clinic/qrCode';
import { QrCode } from './QrCode';

interface Props {
  name: string;
  welcome: string | null;
  phone: string | null;
  code: string;
  /** The install link; null when the clinic has no landing page and hands out the code only. */
  link: string | null;
  matrix: QrMatrix | null;
}

/**
 * The one-page handout the builder prints: the clinic, the steps, the link and its QR code
 * where there is one, and always the setup code in groups of five, which a patient can type
 * when the link is not at hand or the landing page is not recognised.
 */
export function ClinicHandout({ name, welcome, phone, code, link, matrix }: Props) {
  return (
    <section class="handout" aria-hidden="true">
      <h1>{t('clinicSetupTitle', name)}</h1>
      {welcome && <p class="clinic-welcome">{welcome}</p>}
      {link ? (
        <>
          <ol class="steps">
            <li>{t('clinicHandoutStep1')}</li>
            <li>{t('clinicHandoutStep2')}</li>
            <li>{t('clinicHandoutStep3')}</li>
          </ol>
          {matrix && (
            <div class="qr">
              <QrCode matrix={matrix} label={t('clinicQrLabel')} />
            </div>
          )}
          <p class="install-link-text">{link}</p>
          <h2>{t('clinicHandoutCodeHeading')}</h2>
          <p>{t('clinicHandoutCodeIntro')}</p>
        </>
      ) : (
        <ol class="steps">
          <li>{t('clinicHandoutCodeStep1')}</li>
          <li>{t('clinicHandoutCodeStep2')}</li>
          <li>{t('clinicHandoutStep3Code')}</li>
        </ol>
      )}
      <p class="setup-code handout-code">{groupCode(code).join(' ')}</p>
      <p class="small">{t('clinicHandoutCodeNote')}</p>
      {phone && <p>{t('clinicCall', name, phone)}</p>}
      <p>{t('clinicLandingPrivate')}</p>
      <p>{t('notMedicalAdvice')}</p>
    </section>
  );
}
