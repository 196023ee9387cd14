import { t } from '@/utils/catalogue';
import type { QrMatrix } from '@/utils/clinic/qrCode';
import { QrCode } from './QrCode';

/** The one-page handout the builder prints: the clinic, three steps, the code and the link. */
export function ClinicHandout(props: { name: string; welcome: string | null; phone: string | null; link: string; matrix: QrMatrix | null }) {
  const { name, welcome, phone, link, matrix } = props;
  return (
    <section class="handout" aria-hidden="true">
      <h1>{t('clinicSetupTitle', name)}</h1>
      {welcome && <p class="clinic-welcome">{welcome}</p>}
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
      {phone && <p>{t('clinicCall', name, phone)}</p>}
      <p>{t('clinicLandingPrivate')}</p>
      <p>{t('notMedicalAdvice')}</p>
    </section>
  );
}
