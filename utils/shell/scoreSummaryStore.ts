import { createStore, del, get, set, update } from 'idb-keyval';
import * as v from 'valibot';
import type { DayKey } from '@/utils/time/dayKey';
import type { Habit } from '@/utils/habits/record';
import type { ScoreSummary } from '@/utils/habits/scoreSummary';
import { needsRefresh, rebuildSummary, refreshDays, ScoreSummarySchema } from '@/utils/habits/scoreSummary';
import { readCheckins } from './history';

/**
 * The habits' score summary (utils/habits/scoreSummary.ts) in an IndexedDB database of its own: it
 * is derived from the check-ins, so it stays out of the history store and out of backups.
 */
const derivedStore = createStore('afterglow-derived', 'summaries');
const KEY = 'habit-scores';

/** Days read per IndexedDB request when a refresh has years to go through. */
const CHUNK_DAYS = 366;

/**
 * The stored summary, or null. One that fails validation is treated as absent: it holds
 * nothing that is not in the check-ins, and the next refresh writes a good one.
 */
export async function readScoreSummary(): Promise<ScoreSummary | null> {
  const parsed = v.safeParse(ScoreSummarySchema, await get(KEY, derivedStore));
  return parsed.success ? parsed.output : null;
}

/** Call before changing a check-in from before this week: the summary's counts no longer hold. */
export function markScoreSummaryStale(): Promise<void> {
  return update<ScoreSummary | undefined>(KEY, (s) => s && { ...s, stale: true }, derivedStore);
}

/** Forgets the summary entirely, e.g. after history was replaced by a restored backup. */
export function forgetScoreSummary(): Promise<void> {
  return del(KEY, derivedStore);
}

/**
 * Brings the summary up to the week starting `weekStart`, reading only the days it must
 * (about 5 weeks once a week; everything only the first time). Returns the summary in force.
 */
export async function refreshScoreSummary(habits: Habit[], weekStart: DayKey): Promise<ScoreSummary | null> {
  const previous = await readScoreSummary();
  if (!needsRefresh(previous, habits, weekStart)) return previous;
  const days = refreshDays(previous, habits, weekStart);
  const checkins = [];
  for (let i = 0; i < days.length; i += CHUNK_DAYS) checkins.push(...(await readCheckins(days.slice(i, i + CHUNK_DAYS))));
  const summary = rebuildSummary(previous, habits, weekStart, days, checkins);
  await set(KEY, summary, derivedStore);
  return summary;
}
