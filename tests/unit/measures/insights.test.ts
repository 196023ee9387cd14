import { describe, expect, it } from 'vitest';
import type { ScoreEntry } from '@/utils/history/records';
import { moodComparisons } from '@/utils/insights/comparisons';
import type { MoodDay } from '@/utils/insights/moodSeries';
import { moodSeries } from '@/utils/insights/moodSeries';
import { rangeDays } from '@/utils/insights/range';
import { scoreSeries } from '@/utils/insights/scoreSeries';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

const phq9 = (day: string, total: number): ScoreEntry => {
  const answers = Array(9).fill(0) as ScoreEntry['answers'];
  for (let i = 0; i < total; i++) answers[i % 8] = (answers[i % 8]! + 1) as 0 | 1 | 2 | 3;
  return { measure: 'phq9', at: `${day}T10:00:00.000Z`, answers };
};

describe('the ranges', () => {
  it('are 28, 91 and 365 days ending today, and "all" from the first day recorded', () => {
    expect(rangeDays('4w', '2026-11-27', null)).toHaveLength(28);
    expect(rangeDays('3m', '2026-11-27', null)).toHaveLength(91);
    expect(rangeDays('1y', '2026-11-27', null)).toHaveLength(365);
    expect(rangeDays('all', '2026-11-27', '2026-01-01')[0]).toBe('2026-01-01');
    expect(rangeDays('all', '2026-11-27', '2026-11-20')).toHaveLength(28);
  });
});

describe('a questionnaire over time', () => {
  it('says how far it moved from the first score, in one sentence', () => {
    const series = scoreSeries('phq9', [phq9('2026-10-01', 18), phq9('2026-10-15', 12), phq9('2026-10-29', 8)], phq9('2026-10-01', 18));
    expect(series.summary).toBe('PHQ-9 went from 18 to 8 since your first score: 56% lower.');
    expect(series.responseLine).toBe(9);
    expect(series.remissionLine).toBe(5);
    expect(series.points.map((p) => [p.total, p.change, p.meaningful])).toEqual([
      [18, null, false],
      [12, -6, true],
      [8, -4, false],
    ]);
    expect(series.points.map((p) => p.vsBaseline)).toEqual([0, -33, -56]);
  });

  it('keeps the first score ever as baseline when the range starts later', () => {
    const series = scoreSeries('phq9', [phq9('2026-11-20', 6)], phq9('2026-01-05', 20));
    expect(series.baseline).toBe(20);
    expect(series.summary).toBe('PHQ-9 went from 20 to 6 since your first score: 70% lower.');
  });

  it('draws no remission line for the GAD-7', () => {
    expect(scoreSeries('gad7', [], null).remissionLine).toBeNull();
    expect(scoreSeries('gad7', [], null).summary).toBe('No GAD-7 scores in this range.');
  });
});

describe('mood across the window', () => {
  const treatment = { ...EMPTY_TREATMENT, infusions: [{ at: new Date(2026, 10, 10, 9).toISOString(), kind: 'infusion' as const }] };
  const days = rangeDays('4w', '2026-11-27', null);

  it('marks the infusion day and shades the window days', () => {
    const series = moodSeries(days, () => null, treatment, new Date(2026, 10, 27, 12));
    expect(series.infusions.map((i) => days[i])).toEqual(['2026-11-10']);
    expect(series.days.filter((d) => d.inWindow).map((d) => d.day)).toEqual(['2026-11-10', '2026-11-11', '2026-11-12']);
  });

  it('compares only with at least 3 days on each side, worded as an observation', () => {
    const day = (inWindow: boolean, mood: 1 | 2 | 3 | 4 | 5, n: number): MoodDay => ({ day: `2026-11-${String(n).padStart(2, '0')}`, mood, inWindow, infusion: false });
    const two = [day(true, 4, 1), day(true, 4, 2), day(false, 2, 3), day(false, 2, 4), day(false, 2, 5)];
    expect(moodComparisons(two, [], () => ({}))).toEqual([]);
    const three = [...two, day(true, 5, 6)];
    expect(moodComparisons(three, [], () => ({})).map((c) => c.sentence)).toEqual([
      'Your mood averaged 4.3 on 3 days inside the window and 2.0 on 3 days outside it.',
    ]);
  });
});
