import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { DayKey } from '@/utils/time/dayKey';
import type { BackfillView, CheckinChoice } from '@/utils/habits/settingsView';

interface Props {
  view: BackfillView;
  /** Sets one day's check-in ('' clears it); returns the error to show, or null. */
  onSet: (day: DayKey, habitId: string, value: CheckinChoice) => Promise<string | null>;
}

/** The last 7 days for each habit in use: done, skipped (ill, travelling), or not marked. */
export function BackfillTable({ view, onSet }: Props) {
  const [error, setError] = useState<string | null>(null);
  if (view.rows.length === 0) return null;
  return (
    <section aria-labelledby="backfill-heading" class="stack">
      <h3 id="backfill-heading">{t('backfillHeading')}</h3>
      <p class="muted">{t('backfillIntro')}</p>
      <div class="backfill-wrap">
        <table class="backfill">
          <thead>
            <tr>
              <td />
              {view.days.map((d) => (
                <th key={d.key} scope="col">
                  {d.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell) => (
                  <td key={cell.day}>
                    <select
                      aria-label={cell.label}
                      value={cell.value}
                      onChange={(e) => void onSet(cell.day, row.id, e.currentTarget.value as CheckinChoice).then(setError)}
                    >
                      {view.choices.map((c) => (
                        <option key={c.value} value={c.value}>
                          {c.label}
                        </option>
                      ))}
                    </select>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
