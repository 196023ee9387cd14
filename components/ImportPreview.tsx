import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { ImportPreviewView } from '@/utils/backup/importPreview';

/** The steps of applying an import, in order; null while the patient is still choosing. */
export type ApplyStep = 'keeping-copy' | 'writing' | null;

const STEPS = ['keeping-copy', 'writing'] as const;
const STEP_TEXT = { 'keeping-copy': 'applyKeepingCopy', writing: 'applyWriting' } as const;

interface Props {
  view: ImportPreviewView;
  step: ApplyStep;
  onReplace: () => void;
  onMerge: () => void;
  onCancel: () => void;
}

/** What a chosen backup holds and what each choice would change, before anything changes. */
export function ImportPreview({ view, step, onReplace, onMerge, onCancel }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus moves to the preview when it appears, so keyboard and screen-reader users land on it.
  useEffect(() => heading.current?.focus(), []);
  const busy = step !== null;

  return (
    <section class="card stack import-preview" aria-labelledby="import-preview-heading" aria-busy={busy ? 'true' : 'false'}>
      <h3 id="import-preview-heading" tabIndex={-1} ref={heading}>
        {t('previewHeading')}
      </h3>
      <p>{view.made}</p>
      {view.migrated && <p>{view.migrated}</p>}
      <div class="table-scroll">
        <table>
          <caption class="visually-hidden">{t('previewTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('previewColumnPart')}</th>
              <th scope="col">{t('previewColumnFile')}</th>
              <th scope="col">{t('previewColumnNow')}</th>
              <th scope="col">{t('previewColumnReplace')}</th>
              <th scope="col">{t('previewColumnMerge')}</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.id} data-part={row.id}>
                <th scope="row">{row.label}</th>
                <td>{row.file}</td>
                <td>{row.now}</td>
                <td>{row.replace}</td>
                <td>{row.merge}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id="import-replace-explain" class="small">{t('previewReplaceExplain')}</p>
      <p id="import-merge-explain" class="small">{t('previewMergeExplain')}</p>
      <p class="row">
        <button type="button" class="primary" disabled={busy} aria-describedby="import-replace-explain" onClick={onReplace}>
          {t('previewReplace')}
        </button>
        <button type="button" disabled={busy} aria-describedby="import-merge-explain" onClick={onMerge}>
          {t('previewMerge')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('previewCancel')}
        </button>
      </p>
      {step && (
        <div class="stack">
          <progress max={STEPS.length} value={STEPS.indexOf(step) + 1} aria-label={t('applyProgressLabel')} />
          <p role="status">{t(STEP_TEXT[step])}</p>
        </div>
      )}
    </section>
  );
}
