import { t } from '@/utils/catalogue';
import type { GoalOffer } from '@/utils/habits/offers';
import type { HabitListView } from '@/utils/habits/listView';

interface Props {
  view: HabitListView;
  /** Marks the habit done today, or undoes it. */
  onToggle: (habitId: string) => void;
  onAccept: (offer: GoalOffer) => void;
  /** "Not now": the offer rests until next week. */
  onDecline: (habitId: string) => void;
  onChoose: () => void;
}

/** Today's habits: one checkbox each, named after the habit; one tap marks done, the same tap undoes. */
export function HabitList({ view, onToggle, onAccept, onDecline, onChoose }: Props) {
  return (
    <section class="card habits" aria-labelledby="habits-heading" data-testid="habit-list">
      <h2 id="habits-heading">{t('habitsTodayHeading')}</h2>
      {view.windowNote && <p class="guidance">{view.windowNote}</p>}
      {view.rows.length === 0 ? (
        <p>
          {t('habitsNone')}{' '}
          <button type="button" onClick={onChoose}>
            {t('habitsChoose')}
          </button>
        </p>
      ) : (
        <ul class="habit-list">
          {view.rows.map((row) => (
            <li key={row.id} class={row.doneToday ? 'done' : ''}>
              <label>
                <input
                  type="checkbox"
                  checked={row.doneToday}
                  aria-describedby={`habit-${row.id}-detail`}
                  onChange={() => onToggle(row.id)}
                />
                <span class="habit-name">{row.name}</span>
              </label>
              <span id={`habit-${row.id}-detail`} class={`habit-detail muted small${row.met ? ' met' : ''}`}>
                {row.detail}
              </span>
            </li>
          ))}
        </ul>
      )}
      {view.offers.map(({ offer, text, acceptLabel }) => (
        <div key={offer.habitId} class="offer" role="group" aria-labelledby={`offer-${offer.habitId}`}>
          <p id={`offer-${offer.habitId}`}>{text}</p>
          <p class="row">
            <button type="button" class="primary" onClick={() => onAccept(offer)}>
              {acceptLabel}
            </button>
            <button type="button" onClick={() => onDecline(offer.habitId)}>
              {t('goalOfferNotNow')}
            </button>
          </p>
        </div>
      ))}
      {view.scoreExplain && (
        // Folded: four lines a patient reads once, in a popup that must fit 600 px (issue 14).
        <details class="score-explain muted small">
          <summary>{t('habitScoreWhat')}</summary>
          <p>{view.scoreExplain}</p>
        </details>
      )}
    </section>
  );
}
