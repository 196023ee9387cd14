import { createStore, getMany, update } from 'idb-keyval';
import type { DayCheckins, NudgeLogEntry } from '@/utils/history/records';
import type { DayKey } from '@/utils/time/dayKey';

/**
 * History in IndexedDB, one key per kind per day, so a view reads exactly the days it shows
 * and years of use cost nothing at popup time:
 * - `checkins:2026-11-27` → DayCheckins
 * - `nudges:2026-11-27`   → NudgeLogEntry[]
 * Writes go through idb-keyval's `update` (one readwrite transaction), so the popup and the
 * background writing the same day at once lose nothing.
 */
export const historyStore = createStore('afterglow-history', 'days');

const checkinKey = (day: DayKey) => `checkins:${day}`;
const nudgeKey = (day: DayKey) => `nudges:${day}`;

/** Check-ins for the given days, in the same order; a day with none gives {}. */
export async function readCheckins(days: DayKey[]): Promise<DayCheckins[]> {
  const values = await getMany<DayCheckins | undefined>(days.map(checkinKey), historyStore);
  return values.map((v) => v ?? {});
}

/** Sets (or with null clears) one habit's check-in on one day. */
export function writeCheckin(day: DayKey, habitId: string, value: 'done' | 'skip' | null): Promise<void> {
  return update<DayCheckins>(
    checkinKey(day),
    (current) => {
      const next = { ...current };
      if (value === null) delete next[habitId];
      else next[habitId] = value;
      return next;
    },
    historyStore,
  );
}

export async function readNudgeLog(days: DayKey[]): Promise<NudgeLogEntry[][]> {
  const values = await getMany<NudgeLogEntry[] | undefined>(days.map(nudgeKey), historyStore);
  return values.map((v) => v ?? []);
}

export function appendNudgeLog(day: DayKey, entry: NudgeLogEntry): Promise<void> {
  return update<NudgeLogEntry[]>(nudgeKey(day), (current) => [...(current ?? []), entry], historyStore);
}
