import type { ComponentChildren } from 'preact';
import { t } from '@/utils/catalogue';

interface Props {
  /** Why the chosen file was refused (nothing changed), or why a restore could not finish. */
  error: { sentence: string; unchanged: boolean } | null;
  /** What just happened ("Reading the file…", "Done. …"). */
  status: string | null;
  busy: boolean;
  onDownload: () => void;
  onChoose: (file: File) => void;
  /** The import preview, while a checked file waits for the patient's choice. */
  children?: ComponentChildren;
}

/** Download a backup, or choose one to restore: the file is checked and previewed first. */
export function BackupPanel({ error, status, busy, onDownload, onChoose, children }: Props) {
  return (
    <section class="stack" aria-labelledby="backup-heading">
      <h3 id="backup-heading">{t('backupHeading')}</h3>
      <p class="row">
        <button type="button" class="primary" onClick={onDownload} aria-describedby="backup-download-hint">
          {t('backupDownload')}
        </button>
      </p>
      <p id="backup-download-hint" class="muted small">
        {t('backupDownloadHint')}
      </p>
      <div class="field">
        <label for="backup-file">{t('importLabel')}</label>
        <input
          id="backup-file"
          type="file"
          accept=".json,application/json"
          disabled={busy}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={error ? 'backup-file-hint backup-file-error' : 'backup-file-hint'}
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            // Cleared, so choosing the same file again (after fixing it) is seen as a new choice.
            input.value = '';
            if (file) onChoose(file);
          }}
        />
        <span id="backup-file-hint" class="muted small">
          {t('importHint')}
        </span>
      </div>
      {error && (
        <div id="backup-file-error" role="alert" class="error-box">
          <p class="error">{error.sentence}</p>
          {error.unchanged && <p>{t('importNothingChanged')}</p>}
        </div>
      )}
      {/* Always in the page, so screen readers announce each new status. */}
      <p role="status">{status}</p>
      {children}
    </section>
  );
}
