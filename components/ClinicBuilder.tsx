import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { MadeClinicCode } from '@/utils/clinic/link';
import { linkForCode } from '@/utils/clinic/link';
import type { ClinicDraft } from '@/utils/clinic/draft';
import { draftToProfile, emptyDraft } from '@/utils/clinic/draft';
import type { ClinicProfile } from '@/utils/clinic/profile';
import { summarizeProfile } from '@/utils/clinic/summary';
import type { QrMatrix } from '@/utils/clinic/qrCode';
import { qrMatrix } from '@/utils/clinic/qrCode';
import { ClinicBuilderForm } from './ClinicBuilderForm';
import { ClinicBuilderResult, type Notice } from './ClinicBuilderResult';
import { ClinicDetails } from './ClinicDetails';
import { ClinicHandout } from './ClinicHandout';

export interface BuilderActions {
  /** The setup code for a valid profile, or why it cannot be made (utils/clinic/link.ts makeClinicCode). */
  makeCode: (profile: ClinicProfile) => Promise<MadeClinicCode>;
  /** Copies text; false when the page may not write the clipboard. */
  copy: (text: string) => Promise<boolean>;
  downloadQr: (matrix: QrMatrix, name: string) => void;
  /** Saves the clinic's own landing page, with the code inside, as a zip; false if it could not. */
  downloadLandingPage: (code: string, name: string) => Promise<boolean>;
  print: () => void;
}

/**
 * The link builder clinic staff use: the form, a live preview of what patients will see, and
 * the result: a setup code every clinic gets, the install link and its QR code where there is
 * a landing page, the clinic's own landing page to host, and a handout to print.
 * The same component runs inside the extension (clinic.html) and on the static site.
 */
export function ClinicBuilder({ landing, actions }: { landing: string; actions: BuilderActions }) {
  const [draft, setDraft] = useState<ClinicDraft>(() => emptyDraft(landing));
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [made, setMade] = useState<MadeClinicCode | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  const read = useMemo(() => draftToProfile(draft), [draft]);
  // Errors wait until the form is in use; from then on every field's shows, so a code that
  // does not appear always has a visible reason.
  const shownErrors = read.ok || touched.size === 0 ? {} : read.errors;

  useEffect(() => {
    let live = true;
    setNotice(null);
    if (!read.ok) {
      setMade(null);
      return;
    }
    void actions.makeCode(read.profile).then((result) => live && setMade(result));
    return () => {
      live = false;
    };
  }, [read]);

  const code = made?.ok ? made.code : null;
  // A valid draft has a valid landing address or none; without one there is no link, only the code.
  const landingUrl = draft.landing.trim();
  const link = code && landingUrl !== '' ? linkForCode(landingUrl, code, draft.ownPage) : null;
  const matrix = useMemo(() => (link ? qrMatrix(link) : null), [link]);
  const name = read.ok ? read.profile.name : '';
  const touch = (field: string) => setTouched((prev) => new Set(prev).add(field));
  const change = (next: ClinicDraft) => {
    // A field counts as touched once it holds something, so its error shows while typing.
    const filled = Object.entries(next).filter(([k, v]) => typeof v === 'string' && v !== '' && v !== draft[k as keyof ClinicDraft]);
    if (filled.length) setTouched((prev) => new Set([...prev, ...filled.map(([k]) => k)]));
    setDraft(next);
  };
  const copy = (text: string, what: 'code' | 'link') => void actions.copy(text).then((ok) => setNotice(ok ? what : `${what}-failed`));

  return (
    <div class="builder">
      <ClinicBuilderForm draft={draft} errors={shownErrors} onChange={change} onTouch={touch} />
      <div class="stack">
        <section class="card stack" aria-labelledby="builder-preview-heading" aria-live="polite">
          <h2 id="builder-preview-heading">{t('clinicPreviewHeading')}</h2>
          {read.ok ? <ClinicDetails summary={summarizeProfile(read.profile)} headingLevel={3} /> : Object.keys(shownErrors).length > 0 && <p class="error">{t('clinicFixFields')}</p>}
        </section>
        <ClinicBuilderResult
          code={code}
          link={link}
          matrix={matrix}
          error={made && !made.ok ? made.error : null}
          notice={notice}
          onCopy={copy}
          onDownloadQr={() => matrix && actions.downloadQr(matrix, name)}
          onDownloadPage={() => code && void actions.downloadLandingPage(code, name).then((ok) => !ok && setNotice('download-failed'))}
          onPrint={actions.print}
        />
      </div>
      {code && read.ok && <ClinicHandout name={name} welcome={read.profile.welcome ?? null} phone={read.profile.phone ?? null} code={code} link={link} matrix={matrix} />}
    </div>
  );
}
