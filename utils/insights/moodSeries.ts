import { t } from '@/utils/catalogue';
import type { MoodEntry, MoodLevel } from '@/utils/history/records';
import type { TreatmentRecord } from '@/utils/treatment/record';
import { inWordsOf as w } from '@/utils/treatment/words';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey, dayStart, shiftDay } from '@/utils/time/dayKey';

const HOUR_MS = 3_600_000;

export interface MoodDay {
  day: DayKey;
  mood: MoodLevel | null;
  /** Some part of the day was inside the window after an infusion. */
  inWindow: boolean;
  /** An infusion happened on this day. */
  infusion: boolean;
}

export interface MoodSeries {
  days: MoodDay[];
  /** Index ranges [from, to] of days inside a window, for shading. */
  windows: Array<{ from: number; to: number }>;
  /** Indexes of the days with an infusion, for the marks. */
  infusions: number[];
  /** The legend and the table's column, in the words of the treatment kind (issue 15). */
  legend: string;
  infusionColumn: string;
  summary: string;
}

/** The windows as [start, end) instants, from every past infusion. */
export function windowSpans(treatment: TreatmentRecord, now: Date): Array<[number, number]> {
  const hours = treatment.protocol.windowHours;
  return treatment.infusions
    .map((i) => Date.parse(i.at))
    .filter((at) => at <= now.getTime())
    .map((at): [number, number] => [at, at + hours * HOUR_MS]);
}

export function moodSeries(days: DayKey[], mood: (day: DayKey) => MoodEntry | null, treatment: TreatmentRecord, now: Date): MoodSeries {
  const { kind } = treatment.protocol;
  const spans = windowSpans(treatment, now);
  const infusionDays = new Set(treatment.infusions.filter((i) => Date.parse(i.at) <= now.getTime()).map((i) => dayKey(new Date(i.at))));
  const out: MoodDay[] = days.map((day) => {
    const from = dayStart(day).getTime();
    const to = dayStart(shiftDay(day, 1)).getTime();
    return {
      day,
      mood: mood(day)?.mood ?? null,
      inWindow: spans.some(([start, end]) => start < to && end > from),
      infusion: infusionDays.has(day),
    };
  });
  const windows: MoodSeries['windows'] = [];
  out.forEach((d, i) => {
    if (!d.inWindow) return;
    const last = windows.at(-1);
    if (last && last.to === i - 1) last.to = i;
    else windows.push({ from: i, to: i });
  });
  const infusions = out.flatMap((d, i) => (d.infusion ? [i] : []));
  const recorded = out.filter((d) => d.mood !== null);
  const average = recorded.reduce((sum, d) => sum + d.mood!, 0) / (recorded.length || 1);
  const summary = recorded.length
    ? t(w('moodSummary', kind), recorded.length, out.length, average.toFixed(1), infusions.length)
    : t(w('moodSummaryNone', kind), infusions.length);
  return { days: out, windows, infusions, legend: t(w('moodChartLegend', kind)), infusionColumn: t(w('tableInfusion', kind)), summary };
}
