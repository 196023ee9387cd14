import { t } from '@/utils/catalogue';
import type { PreviewRow } from '@/utils/nudges/views';

function Day({ id, heading, rows }: { id: string; heading: string; rows: PreviewRow[] }) {
  return (
    <div>
      <h4 id={id}>{heading}</h4>
      {rows.length === 0 ? (
        <p class="muted">{t('nudgePreviewNone')}</p>
      ) : (
        <ul class="nudge-preview" aria-labelledby={id}>
          {rows.map((row) => (
            <li key={row.key} class={row.skipped ? 'muted' : ''}>
              <strong>{row.time}</strong> {row.name}
              {row.note && <span> ({row.note})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Today's and tomorrow's nudges as the settings make them, with why any will not come. */
export function NudgePreview({ today, tomorrow }: { today: PreviewRow[]; tomorrow: PreviewRow[] }) {
  return (
    <section aria-labelledby="nudge-preview-heading" class="stack">
      <h3 id="nudge-preview-heading">{t('nudgePreviewHeading')}</h3>
      <Day id="nudge-preview-today" heading={t('nudgePreviewToday')} rows={today} />
      <Day id="nudge-preview-tomorrow" heading={t('nudgePreviewTomorrow')} rows={tomorrow} />
    </section>
  );
}
