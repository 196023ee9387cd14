import type { ComponentChildren } from 'preact';
import { CrisisLink } from '@/components/CrisisLink';
import { t } from '@/utils/catalogue';
import type { SummaryView } from '@/utils/backup/careSummary';
import type { CrisisCountry } from '@/utils/crisis/countries';

/** The printable summary for an appointment: timeline, protocol, habit goals, consistency per week. */
export function SummaryReport({
  view,
  crisisCountry,
  onPrint,
  children,
}: {
  view: SummaryView;
  /** Whose crisis lines the page offers (not printed). */
  crisisCountry: CrisisCountry;
  onPrint: () => void;
  /** The mood chart and score tables (issue 11). */
  children?: ComponentChildren;
}) {
  const { consistency } = view;
  return (
    <main class="stack summary">
      <header class="stack">
        <h1>{t('summaryTitle')}</h1>
        <p class="muted">{view.madeOn}</p>
        {view.phase && <p>{view.phase}</p>}
        {view.phaseLines.map((line) => (
          <p key={line}>{line}</p>
        ))}
        <p class="no-print">
          <button type="button" class="primary" onClick={onPrint}>
            {t('summaryPrint')}
          </button>
        </p>
      </header>

      <section class="stack" aria-labelledby="timeline-heading">
        <h2 id="timeline-heading">{t('summaryTimelineHeading')}</h2>
        {view.timeline.length === 0 ? (
          <p class="muted">{t('summaryNoEntries')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('summaryColumnWhen')}</th>
                <th scope="col">{t('summaryColumnWhat')}</th>
                <th scope="col">{t('summaryColumnNote')}</th>
              </tr>
            </thead>
            <tbody>
              {view.timeline.map((row) => (
                <tr key={row.key} class={row.planned ? 'planned' : ''}>
                  <td>
                    {row.when}
                    {row.planned && <> · {t('planned')}</>}
                  </td>
                  <td>{row.what}</td>
                  <td>{row.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <h3>{t('summaryProtocolHeading')}</h3>
        <p>{view.protocol}</p>
      </section>

      <section class="stack" aria-labelledby="habits-heading">
        <h2 id="habits-heading">{t('summaryHabitsHeading')}</h2>
        {view.habits.length === 0 ? (
          <p class="muted">{t('summaryNoHabits')}</p>
        ) : (
          <ul>
            {view.habits.map((habit) => (
              <li key={habit.id}>
                <strong>{habit.name}</strong>: {habit.goal}
                {habit.notes.length > 0 && <span class="muted"> ({habit.notes.join(', ')})</span>}
              </li>
            ))}
          </ul>
        )}
      </section>

      {consistency.habits.length > 0 && (
        <section class="stack" aria-labelledby="consistency-heading">
          <h2 id="consistency-heading">{t('summaryConsistencyHeading')}</h2>
          <p class="muted">{t('summaryConsistencyIntro')}</p>
          <div class="table-scroll">
            <table>
              <thead>
                <tr>
                  <td />
                  {consistency.habits.map((habit) => (
                    <th key={habit.id} scope="col">
                      {habit.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {consistency.weeks.map((week) => (
                  <tr key={week.label}>
                    <th scope="row">{week.label}</th>
                    {week.cells.map((cell, i) => (
                      <td key={consistency.habits[i]!.id}>{cell}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {children}

      <footer class="stack small">
        <p class="muted">{t('privacyOneLine')}</p>
        <div class="no-print">
          <CrisisLink country={crisisCountry} />
        </div>
        <p class="muted">{t('notMedicalAdvice')}</p>
      </footer>
    </main>
  );
}
