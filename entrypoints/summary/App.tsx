import { useEffect, useState } from 'preact/hooks';
import { MoodChart } from '@/components/history/MoodChart';
import { ScoreChart } from '@/components/history/ScoreChart';
import { SummaryReport } from '@/components/SummaryReport';
import { careSummary, summaryWeeks } from '@/utils/backup/careSummary';
import { crisisCountryFor } from '@/utils/crisis/countries';
import { weekStartsOnFor } from '@/utils/habits/progress';
import { moodSeries } from '@/utils/insights/moodSeries';
import { scoreSeries } from '@/utils/insights/scoreSeries';
import { checkMood, checkScores } from '@/utils/measures/latest';
import { readCheckins, readMood, readScoreDays, readScores } from '@/utils/shell/history';
import { loadSnapshot } from '@/utils/shell/snapshot';
import { dayKey, dayStart } from '@/utils/time/dayKey';
import { dateFormat } from '@/utils/time/intl';

const dayFormat = dateFormat({ day: 'numeric', month: 'short', year: 'numeric' });
const dayLabel = (day: string) => dayFormat.format(dayStart(day));

/**
 * Reads what the summary shows: the records, and the check-ins, mood and questionnaires of the
 * weeks in its table only (with the first questionnaires ever, for the baseline).
 */
async function loadSummary() {
  const now = new Date();
  const { treatment, habits, settings } = await loadSnapshot(now);
  const weekKeys = summaryWeeks(now, weekStartsOnFor(settings.weekStartsOn));
  const days = weekKeys.flat().filter((day) => day <= dayKey(now));
  const [checkins, mood, scoreDays] = await Promise.all([readCheckins(weekKeys.flat()), readMood(days), readScoreDays()]);
  const weeks = weekKeys.map((keys, i) => ({ keys, checkins: checkins.slice(i * 7, i * 7 + 7) }));
  const from = days[0]!;
  const wanted = [...scoreDays.slice(0, 4).filter((d) => d < from), ...scoreDays.filter((d) => d >= from)];
  const values = await readScores(wanted);
  const entries = wanted.flatMap((day, i) => checkScores(day, values[i]).entries).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const inRange = entries.filter((e) => dayKey(new Date(e.at)) >= from);
  const moodByDay = new Map(days.map((day, i) => [day, checkMood(mood[i])]));
  return {
    report: careSummary(treatment, habits, weeks, now),
    mood: moodSeries(days, (day) => moodByDay.get(day) ?? null, treatment, now),
    scores: (['phq9', 'gad7'] as const).map((m) => scoreSeries(m, inRange, entries.find((e) => e.measure === m) ?? null)),
    range: { from, to: dayKey(now) },
    crisisCountry: crisisCountryFor(settings.crisisCountry, navigator.language),
  };
}

// A snapshot for printing: it does not follow later changes (reload the page for those).
export function SummaryApp() {
  const [view, setView] = useState<Awaited<ReturnType<typeof loadSummary>>>();
  useEffect(() => void loadSummary().then(setView), []);
  if (!view) return <main aria-busy="true" />;
  return (
    <SummaryReport view={view.report} crisisCountry={view.crisisCountry} onPrint={() => window.print()}>
      <MoodChart series={view.mood} dayLabel={dayLabel} />
      {view.scores.map((series) => (
        <ScoreChart key={series.measure} series={series} range={view.range} dayLabel={dayLabel} />
      ))}
    </SummaryReport>
  );
}
