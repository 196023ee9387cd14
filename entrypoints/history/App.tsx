import { useEffect, useState } from 'preact/hooks';
import { CrisisLink } from '@/components/CrisisLink';
import { Comparisons } from '@/components/history/Comparisons';
import { HabitCalendars } from '@/components/history/HabitCalendars';
import { MoodChart } from '@/components/history/MoodChart';
import { ScoreChart } from '@/components/history/ScoreChart';
import { useCheckins } from '@/hooks/useCheckins';
import { useMoodDays } from '@/hooks/useMoodDays';
import { useNow } from '@/hooks/useNow';
import { useScoreRange } from '@/hooks/useScoreRange';
import { useSnapshot } from '@/hooks/useSnapshot';
import type { MessageKey } from '@/utils/catalogue';
import { t } from '@/utils/catalogue';
import { crisisCountryFor } from '@/utils/crisis/countries';
import { weekStartsOnFor } from '@/utils/habits/progress';
import { moodComparisons } from '@/utils/insights/comparisons';
import { habitCalendars } from '@/utils/insights/habitCalendar';
import { moodSeries } from '@/utils/insights/moodSeries';
import type { RangeId } from '@/utils/insights/range';
import { RANGES, rangeDays } from '@/utils/insights/range';
import { scoreSeries } from '@/utils/insights/scoreSeries';
import { readFirstDay } from '@/utils/shell/history';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey, dayStart } from '@/utils/time/dayKey';
import { dateFormat } from '@/utils/time/intl';

const RANGE_KEYS: Record<RangeId, MessageKey> = { '4w': 'range4w', '3m': 'range3m', '1y': 'range1y', all: 'rangeAll' };
const dayFormat = dateFormat({ day: 'numeric', month: 'short', year: 'numeric' });
const dayLabel = (day: DayKey) => dayFormat.format(dayStart(day));

/** The first day anything was recorded, for "All": one key read per kind, only when asked. */
async function firstRecordedDay(firstInfusion: DayKey | null): Promise<DayKey | null> {
  const firsts = await Promise.all([readFirstDay('mood'), readFirstDay('checkins'), readFirstDay('scores')]);
  const days = [firstInfusion, ...firsts].filter((d): d is DayKey => d !== null).sort();
  return days[0] ?? null;
}

/**
 * history.html: mood, scores and habits over the range chosen. One snapshot, one clock, and
 * IndexedDB reads of exactly the days shown (mood, check-ins) and of the questionnaires' days
 * in range (keys first), so five years cost what the range costs.
 */
export function HistoryApp() {
  const stored = useSnapshot();
  const now = useNow(60_000);
  const [range, setRange] = useState<RangeId>('3m');
  const [firstDay, setFirstDay] = useState<DayKey | null | undefined>(undefined);
  const today = dayKey(now);
  const firstInfusion = stored?.treatment.infusions.map((i) => dayKey(new Date(i.at))).sort()[0] ?? null;
  useEffect(() => {
    if (range === 'all' && stored) void firstRecordedDay(firstInfusion).then(setFirstDay);
  }, [range, stored === undefined, firstInfusion]);

  const days = stored && (range !== 'all' || firstDay !== undefined) ? rangeDays(range, today, firstDay ?? null) : [];
  const from = days[0] ?? today;
  const mood = useMoodDays(days, now);
  const checkins = useCheckins(days, now);
  const scores = useScoreRange(from, today, now);

  const picker = (
    <fieldset class="range-choice">
      <legend class="visually-hidden">{t('historyRange')}</legend>
      {RANGES.map((r) => (
        <label key={r}>
          <input type="radio" name="range" value={r} checked={range === r} onChange={() => setRange(r)} />
          {t(RANGE_KEYS[r])}
        </label>
      ))}
    </fieldset>
  );

  const ready = stored && mood && checkins && scores && days.length > 0;
  let body = null;
  if (ready) {
    const series = moodSeries(days, mood.of, stored.treatment, now);
    const byDay = (day: DayKey) => checkins.of([day])[0]!;
    body = (
      <>
        <MoodChart series={series} dayLabel={dayLabel} />
        {(['phq9', 'gad7'] as const).map((m) => (
          <ScoreChart key={m} series={scoreSeries(m, scores.entries, scores.first[m])} range={{ from, to: today }} dayLabel={dayLabel} />
        ))}
        {scores.setAside > 0 && <p class="muted">{t('setAsideScores', scores.setAside)}</p>}
        <HabitCalendars calendars={habitCalendars(stored.habits.habits, days, byDay, weekStartsOnFor(stored.settings.weekStartsOn))} dayLabel={dayLabel} />
        <Comparisons items={moodComparisons(series.days, stored.habits.habits, byDay)} />
      </>
    );
  }

  return (
    <main class="history-page stack" aria-busy={ready ? 'false' : 'true'}>
      <h1>{t('historyTitle')}</h1>
      <p class="muted">{t('historyIntro')}</p>
      {picker}
      {body}
      <footer class="stack small">
        <p class="row">
          <a href="/measures.html">{t('measuresAnswerNow')}</a>
        </p>
        <CrisisLink country={crisisCountryFor(stored?.settings.crisisCountry, navigator.language)} />
        <p class="muted">{t('notMedicalAdvice')}</p>
      </footer>
    </main>
  );
}
