import { checkScores, latestDays } from '@/utils/measures/latest';
import type { DayKey } from '@/utils/time/dayKey';
import { readScoreDays, readScores } from './history';

export type LatestScores = { phq9: DayKey | null; gad7: DayKey | null };

/** How many of the latest days with a questionnaire are read to find the last of each. */
const RECENT_DAYS = 6;

/**
 * The day each questionnaire was last answered, for the schedule: the keys of the days that
 * have one (keys only), then the values of the last few of them. Never the whole history.
 */
export async function readLatestScores(): Promise<LatestScores> {
  const days = (await readScoreDays()).slice(-RECENT_DAYS);
  const values = await readScores(days);
  return latestDays(days.map((day, i) => checkScores(day, values[i])));
}
