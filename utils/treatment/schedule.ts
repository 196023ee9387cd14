import { t } from '@/utils/catalogue';
import { cadence } from './phaseView';
import type { Protocol } from './record';

/**
 * The whole schedule in words, as a label writes it: "Series: weeks 1–4, twice a week",
 * "Weeks 5–8: once a week", "From week 9: once every 2 weeks". The series is a count of
 * sessions, so its weeks are that count at its cadence, rounded up.
 */
export function scheduleLines(protocol: Protocol): string[] {
  const perWeek = { times: protocol.infusionsPerWeek, everyWeeks: 1 };
  const seriesWeeks = Math.ceil(protocol.inductionCount / protocol.infusionsPerWeek);
  const lines = [seriesWeeks === 1 ? t('seriesSummaryOneWeek', cadence(perWeek)) : t('seriesSummary', seriesWeeks, cadence(perWeek))];
  let week = seriesWeeks + 1;
  for (const stage of protocol.stages) {
    if (stage.weeks === null) {
      lines.push(t('stageSummaryOpen', week, cadence(stage)));
      break;
    }
    const last = week + stage.weeks - 1;
    lines.push(stage.weeks === 1 ? t('stageSummaryOneWeek', week, cadence(stage)) : t('stageSummary', week, last, cadence(stage)));
    week = last + 1;
  }
  return lines;
}

