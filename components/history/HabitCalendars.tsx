import { t } from '@/utils/catalogue';
import type { CalendarMark, HabitCalendar } from '@/utils/insights/habitCalendar';

const MARK_KEYS: Record<Exclude<CalendarMark, 'before'>, 'dayDone' | 'daySkipped' | 'dayMissed'> = {
  done: 'dayDone',
  skip: 'daySkipped',
  missed: 'dayMissed',
};
const CELL = 12;

/** Each habit as a calendar: a square per day (a column per week), and the count per week in a table. */
export function HabitCalendars({ calendars, dayLabel }: { calendars: HabitCalendar[]; dayLabel: (day: string) => string }) {
  return (
    <section class="chart card" aria-labelledby="habit-calendars-title">
      <h2 id="habit-calendars-title">{t('habitCalendarTitle')}</h2>
      {calendars.length === 0 && <p class="muted">{t('noHabits')}</p>}
      {calendars.map((c) => {
        const weeks = Math.ceil(c.days.length / 7);
        const offset = (7 - (c.days.length % 7)) % 7;
        return (
          <div key={c.id} class="habit-calendar">
            <h3 id={`cal-${c.id}`}>{c.name}</h3>
            <p id={`cal-${c.id}-summary`} class="small">
              {c.summary}
            </p>
            <svg
              viewBox={`0 0 ${weeks * CELL + 2} ${7 * CELL + 2}`}
              width={Math.min(weeks * CELL + 2, 640)}
              role="img"
              aria-labelledby={`cal-${c.id} cal-${c.id}-summary`}
              class="calendar-svg"
              preserveAspectRatio="xMinYMin meet"
            >
              {c.days.map((d, i) => {
                const k = i + offset;
                return (
                  <rect key={d.day} class={`cal-${d.mark}`} x={1 + Math.floor(k / 7) * CELL} y={1 + (k % 7) * CELL} width={CELL - 2} height={CELL - 2} rx={2}>
                    {d.mark !== 'before' && <title>{`${dayLabel(d.day)}: ${t(MARK_KEYS[d.mark])}`}</title>}
                  </rect>
                );
              })}
            </svg>
            <details>
              <summary>{t('habitWeekCounts')}</summary>
              <table class="numbers">
                <thead>
                  <tr>
                    <th scope="col">{t('tableDate')}</th>
                    <th scope="col">{t('dayDone')}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.weeks.map((w) => (
                    <tr key={w.start}>
                      <td>{t('weekOf', dayLabel(w.start))}</td>
                      <td>{w.done}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
          </div>
        );
      })}
      <p class="muted small legend">
        <span class="swatch cal-done" aria-hidden="true" /> {t('dayDone')} <span class="swatch cal-skip" aria-hidden="true" /> {t('daySkipped')}{' '}
        <span class="swatch cal-missed" aria-hidden="true" /> {t('dayMissed')}
      </p>
    </section>
  );
}
