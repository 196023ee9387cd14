import { createStore, del, getMany, promisifyRequest, set, update } from 'idb-keyval';
import type { DayCheckins, MoodEntry, NudgeLogEntry, ScoreEntry } from '@/utils/history/records';
import type { DayKey } from '@/utils/time/dayKey';

/**
 * History in IndexedDB, one key per kind per day, so a view reads exactly the days it shows
 * and years of use cost nothing at popup time:
 * - `checkins:2026-11-27` → DayCheckins
 * - `nudges:2026-11-27`   → NudgeLogEntry[]
 * - `mood:2026-11-27`     → MoodEntry (issue 11)
 * - `scores:2026-11-27`   → ScoreEntry[] (PHQ-9 and GAD-7 answered that day)
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

const moodKey = (day: DayKey) => `mood:${day}`;
const scoresKey = (day: DayKey) => `scores:${day}`;

/**
 * The mood of the given days, in the same order; undefined for a day with none. Unchecked:
 * readers check each value with MoodEntrySchema (a damaged one is set aside, not shown).
 */
export function readMood(days: DayKey[]): Promise<unknown[]> {
  return getMany<unknown>(days.map(moodKey), historyStore);
}

/** Sets (or with null clears) one day's mood and note. */
export function writeMood(day: DayKey, entry: MoodEntry | null): Promise<void> {
  return entry === null ? del(moodKey(day), historyStore) : set(moodKey(day), entry, historyStore);
}

/** The questionnaires answered on the given days, unchecked as for readMood. */
export function readScores(days: DayKey[]): Promise<unknown[]> {
  return getMany<unknown>(days.map(scoresKey), historyStore);
}

/** Adds one completed questionnaire to its day, in one readwrite transaction. */
export function addScore(day: DayKey, entry: ScoreEntry): Promise<void> {
  return update<unknown>(scoresKey(day), (current) => [...(Array.isArray(current) ? current : []), entry], historyStore);
}

const kindRange = (kind: string) => IDBKeyRange.bound(`${kind}:`, `${kind}:\uffff`);

/** The days that have a questionnaire, oldest first: keys only, never the values. */
export function readScoreDays(): Promise<DayKey[]> {
  return historyStore('readonly', (store) => promisifyRequest(store.getAllKeys(kindRange('scores')))).then((keys) =>
    keys.map((key) => String(key).slice('scores:'.length)),
  );
}

/** The first day holding an entry of `kind` (one key read), for the history page's "All". */
export function readFirstDay(kind: 'checkins' | 'mood' | 'scores'): Promise<DayKey | null> {
  return historyStore('readonly', (store) => promisifyRequest(store.getAllKeys(kindRange(kind), 1))).then((keys) =>
    keys.length ? String(keys[0]).slice(kind.length + 1) : null,
  );
}
