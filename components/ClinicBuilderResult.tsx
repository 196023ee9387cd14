import { t } from '@/utils/catalogue';
import { groupCode } from '@/utils/clinic/code';
import type { QrMatrix } from '@/utils/clinic/qrCode';
import { QrCode } from './QrCode';

/** What the last copy or download did, for the status line. */
export type Notice = 'code' | 'link' | 'code-failed' | 'link-failed' | 'download-failed' | null;

interface Props {
  /** The setup code, once the form reads as a valid profile. */
  code: string | null;
  /** The install link; null without a landing page address. */
  link: string | null;
  matrix: QrMatrix | null;
  /** Why no code could be made (too long). */
  error: string | null;
  notice: Notice;
  onCopy: (text: string, what: 'code' | 'link') => void;
  onDownloadQr: () => void;
  onDownloadPage: () => void;
  onPrint: () => void;
}

const STATUS = {
  code: 'clinicCodeCopied',
  link: 'clinicCopied',
  'code-failed': 'clinicCodeCopyFailed',
  'link-failed': 'clinicCopyFailed',
  'download-failed': 'clinicExportFailed',
} as const;

/**
 * The builder's results: the setup code (always, in groups a person can read and type), the
 * install link and QR code (with a landing page), the clinic's own landing page to download,
 * and the handout. A button that cannot act yet is disabled, and looks it (clinic.css).
 */
export function ClinicBuilderResult({ code, link, matrix, error, notice, onCopy, onDownloadQr, onDownloadPage, onPrint }: Props) {
  return (
    <div class="stack builder-result">
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <section class="stack" aria-labelledby="setup-code-heading">
        <h2 id="setup-code-heading">{t('clinicCodeHeading')}</h2>
        <p class="muted small">{t('clinicCodeIntro')}</p>
        {code && (
          <p class="setup-code" data-testid="setup-code">
            {groupCode(code).join(' ')}
          </p>
        )}
        <p class="row">
          <button type="button" class="primary" disabled={!code} onClick={() => code && onCopy(code, 'code')}>
            {t('clinicCopyCode')}
          </button>
        </p>
      </section>

      <section class="stack" aria-labelledby="install-link-heading">
        <h2 id="install-link-heading">{t('clinicLinkHeading')}</h2>
        <div class="field">
          <label for="install-link">{t('clinicInstallLink')}</label>
          <textarea id="install-link" class="install-link" readOnly rows={link && link.length < 80 ? 1 : 4} value={link ?? ''} aria-describedby="install-link-note" />
          <span id="install-link-note" class="muted small">
            {code && !link ? t('clinicNoLandingNote') : t('clinicLinkNote')}
          </span>
        </div>
        <p class="row">
          <button type="button" disabled={!link} onClick={() => link && onCopy(link, 'link')}>
            {t('clinicCopy')}
          </button>
          <button type="button" disabled={!matrix} onClick={onDownloadQr}>
            {t('clinicQrDownload')}
          </button>
        </p>
        {link && !matrix && <p class="error">{t('clinicQrTooLong')}</p>}
        {matrix && (
          <div class="qr">
            <QrCode matrix={matrix} label={t('clinicQrLabel')} />
          </div>
        )}
      </section>

      <section class="stack" aria-labelledby="own-page-heading">
        <h2 id="own-page-heading">{t('clinicExportHeading')}</h2>
        <p class="muted small">{t('clinicExportIntro')}</p>
        <p class="row">
          <button type="button" disabled={!code} onClick={onDownloadPage}>
            {t('clinicExport')}
          </button>
          <button type="button" disabled={!code} onClick={onPrint}>
            {t('clinicPrint')}
          </button>
        </p>
      </section>
      <p role="status" class="small">
        {notice ? t(STATUS[notice]) : ''}
      </p>
    </div>
  );
}
