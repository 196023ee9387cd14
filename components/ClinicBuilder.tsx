import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { MadeClinicLink } from '@/utils/clinic/link';
import type { ClinicDraft } from '@/utils/clinic/draft';
import { draftToProfile, emptyDraft } from '@/utils/clinic/draft';
import type { ClinicProfile } from '@/utils/clinic/profile';
import { summarizeProfile } from '@/utils/clinic/summary';
import type { QrMatrix } from '@/utils/clinic/qrCode';
import { qrMatrix } from '@/utils/clinic/qrCode';
import { ClinicBuilderForm } from './ClinicBuilderForm';
import { ClinicDetails } from './ClinicDetails';
import { ClinicHandout } from './ClinicHandout';
import { QrCode } from './QrCode';

export interface BuilderActions {
  /** The link for a valid profile, or why it cannot be made (utils/clinic/link.ts makeClinicLink). */
  makeLink: (landing: string, profile: ClinicProfile) => Promise<MadeClinicLink>;
  /** Copies the link; false when the page may not write the clipboard. */
  copy: (text: string) => Promise<boolean>;
  downloadQr: (matrix: QrMatrix, name: string) => void;
  print: () => void;
}

/**
 * The link builder clinic staff use: the form, a live preview of what patients will see, and
 * the result (the install link, a copy button, a QR code to download, a handout to print).
 * The same component runs inside the extension (clinic.html) and on the static site.
 */
export function ClinicBuilder({ landing, actions }: { landing: string; actions: BuilderActions }) {
  const [draft, setDraft] = useState<ClinicDraft>(() => emptyDraft(landing));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [made, setMade] = useState<MadeClinicLink | null>(null);
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);

  const read = useMemo(() => draftToProfile(draft), [draft]);
  // Errors wait until the form is in use; from then on every field's shows, so a link that
  // does not appear always has a visible reason (say, the landing page's address).
  const shownErrors = read.ok || touched.size === 0 ? {} : read.errors;

  useEffect(() => {
    let live = true;
    setCopied(null);
    if (!read.ok) {
      setMade(null);
      return;
    }
    void actions.makeLink(draft.landing.trim(), read.profile).then((result) => live && setMade(result));
    return () => {
      live = false;
    };
  }, [read]);

  const link = made?.ok ? made.link : null;
  const matrix = useMemo(() => (link ? qrMatrix(link) : null), [link]);
  const touch = (field: string) => setTouched((prev) => new Set(prev).add(field));
  const change = (next: ClinicDraft) => {
    // A field counts as touched once it holds something, so its error shows while typing.
    const filled = Object.entries(next).filter(([k, v]) => typeof v === 'string' && v !== '' && v !== draft[k as keyof ClinicDraft]);
    if (filled.length) setTouched((prev) => new Set([...prev, ...filled.map(([k]) => k)]));
    setDraft(next);
  };

  return (
    <div class="builder">
      <ClinicBuilderForm draft={draft} errors={shownErrors} onChange={change} onTouch={touch} />
      <div class="stack">
        <section class="card stack" aria-labelledby="builder-preview-heading" aria-live="polite">
          <h2 id="builder-preview-heading">{t('clinicPreviewHeading')}</h2>
          {read.ok ? <ClinicDetails summary={summarizeProfile(read.profile)} headingLevel={3} /> : Object.keys(shownErrors).length > 0 && <p class="error">{t('clinicFixFields')}</p>}
        </section>
        <section class="stack">
          <div class="field">
            <label for="install-link">{t('clinicInstallLink')}</label>
            <textarea id="install-link" class="install-link" readOnly rows={4} value={link ?? ''} />
          </div>
          {made && !made.ok && (
            <p class="error" role="alert">
              {made.error}
            </p>
          )}
          <p class="row">
            <button
              type="button"
              class="primary"
              disabled={!link}
              onClick={() => link && void actions.copy(link).then((ok) => setCopied(ok ? 'yes' : 'failed'))}
            >
              {t('clinicCopy')}
            </button>
            <button type="button" disabled={!matrix || !read.ok} onClick={() => matrix && read.ok && actions.downloadQr(matrix, read.profile.name)}>
              {t('clinicQrDownload')}
            </button>
            <button type="button" disabled={!link} onClick={actions.print}>
              {t('clinicPrint')}
            </button>
          </p>
          <p role="status" class="small">
            {copied === 'yes' ? t('clinicCopied') : copied === 'failed' ? t('clinicCopyFailed') : ''}
          </p>
          {link && !matrix && <p class="error">{t('clinicQrTooLong')}</p>}
          {matrix && (
            <div class="qr">
              <QrCode matrix={matrix} label={t('clinicQrLabel')} />
            </div>
          )}
        </section>
      </div>
      {link && read.ok && <ClinicHandout name={read.profile.name} welcome={read.profile.welcome ?? null} phone={read.profile.phone ?? null} link={link} matrix={matrix} />}
    </div>
  );
}
