import { createStore, get, update } from 'idb-keyval';
import { dayKey } from '@/utils/time/dayKey';

/**
 * What became of each nudge occurrence ("nudge:morning-light:0@1764230400000"), so none is
 * shown twice: an alarm that fires again after a worker restart, and the reconcile that finds
 * an occurrence the browser dropped, both ask here first. IndexedDB, because its readwrite
 * transaction makes the check and the record one step (storage.local has no such step).
 */
export const claimsStore = createStore('afterglow-nudges', 'claims');
const KEY = 'claims';
/** Claims older than this are forgotten: no alarm is ever that late. */
const KEEP_MS = 3 * 86_400_000;

interface Claim {
  habitId: string;
  outcome: 'shown' | 'dropped';
  /** When it was handled (ms). */
  at: number;
}

/**
 * Records the outcome of an occurrence, once. Returns how many of the habit's nudges were
 * shown earlier on the same day (for the rotation of ideas), or null if the occurrence was
 * handled before and nothing must happen now.
 */
export async function claimOccurrence(
  occurrence: string,
  habitId: string,
  outcome: Claim['outcome'],
  now: Date,
): Promise<{ shownBefore: number } | null> {
  let result: { shownBefore: number } | null = null;
  const today = dayKey(now);
  await update<Record<string, Claim>>(
    KEY,
    (current = {}) => {
      if (current[occurrence]) return current;
      const kept = Object.entries(current).filter(([, c]) => now.getTime() - c.at < KEEP_MS);
      const shownBefore = kept.filter(([, c]) => c.habitId === habitId && c.outcome === 'shown' && dayKey(new Date(c.at)) === today).length;
      result = { shownBefore };
      return { ...Object.fromEntries(kept), [occurrence]: { habitId, outcome, at: now.getTime() } };
    },
    claimsStore,
  );
  return result;
}

/** What became of an occurrence, if it was handled. */
export async function claimOf(occurrence: string): Promise<Claim['outcome'] | null> {
  return (await get<Record<string, Claim>>(KEY, claimsStore))?.[occurrence]?.outcome ?? null;
}
