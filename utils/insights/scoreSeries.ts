import { t } from '@/utils/catalogue';
import type { ScoreEntry } from '@/utils/history/records';
import type { MeasureId } from '@/utils/measures/questionnaires';
import { BAND_KEYS, MEASURES } from '@/utils/measures/questionnaires';
import { MEANINGFUL_CHANGE, REMISSION_BELOW, bandOf } from '@/utils/measures/score';
import { dayKey } from '@/utils/time/dayKey';

export interface ScorePoint {
  at: string;
  day: string;
  total: number;
  band: string;
  /** Change from the score before (null for the first). */
  change: number | null;
  /** A change of 5 points or more from the one before (Löwe 2004). */
  meaningful: boolean;
  /** Percent change against baseline, negative when lower. */
  vsBaseline: number | null;
}

export interface ScoreSeries {
  measure: MeasureId;
  max: number;
  /** The first score ever, even when it is outside the range shown. */
  baseline: number | null;
  /** Half the baseline: at or under it is a response. */
  responseLine: number | null;
  /** Under this is remission (PHQ-9). */
  remissionLine: number | null;
  points: ScorePoint[];
  summary: string;
}

const total = (entry: ScoreEntry) => entry.answers.reduce<number>((sum, a) => sum + a, 0);

/**
 * One questionnaire over a range, against the first score as baseline (docs/measures.md).
 * `entries` are checked entries of the range, `first` the first of this measure ever.
 */
export function scoreSeries(measure: MeasureId, entries: ScoreEntry[], first: ScoreEntry | null): ScoreSeries {
  const mine = entries.filter((e) => e.measure === measure).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const baseline = first ? total(first) : mine[0] ? total(mine[0]) : null;
  const points: ScorePoint[] = mine.map((entry, i) => {
    const value = total(entry);
    const before = i > 0 ? total(mine[i - 1]!) : null;
    const change = before === null ? null : value - before;
    return {
      at: entry.at,
      day: dayKey(new Date(entry.at)),
      total: value,
      band: t(BAND_KEYS[bandOf(measure, value).id]),
      change,
      meaningful: change !== null && Math.abs(change) >= MEANINGFUL_CHANGE,
      vsBaseline: baseline ? Math.round((100 * (value - baseline)) / baseline) : null,
    };
  });
  const name = t(`${measure}Name` as 'phq9Name');
  const last = points.at(-1);
  let summary: string;
  if (!last || baseline === null) summary = t('scoreSummaryNone', name);
  else if (points.length === 1 && first && Date.parse(first.at) === Date.parse(last.at)) summary = t('scoreSummaryOne', name, last.total);
  else {
    const percent = baseline === 0 ? 0 : Math.round((100 * Math.abs(last.total - baseline)) / baseline);
    summary = t('scoreSummaryChange', name, baseline, last.total, percent, t(last.total <= baseline ? 'lower' : 'higher'));
  }
  return {
    measure,
    max: MEASURES[measure].max,
    baseline,
    responseLine: baseline ? baseline / 2 : null,
    remissionLine: measure === 'phq9' ? REMISSION_BELOW : null,
    points,
    summary,
  };
}
