import type { BackupData } from './format';
import type { NudgeLogEntry, ScoreEntry } from '@/utils/history/records';

/**
 * What the patient's data becomes after an import. Both choices go through the same
 * de-duplication, so a file that lists an entry twice never stores it twice.
 *
 * Identity, the same rules the options page uses when an entry is typed in:
 * - an infusion or a therapy session: its minute (two in the same minute are one entry);
 * - a habit: its id; a declined offer: its habit id;
 * - a check-in: its day and habit; a logged nudge: its moment, habit and outcome;
 * - a mood: its day (the patient's own stays); a questionnaire: its measure and moment;
 * - an entry set aside as unreadable: all of it.
 */

const minute = (entry: { at: string }) => Math.floor(Date.parse(entry.at) / 60_000);
const byTime = (a: { at: string }, b: { at: string }) => Date.parse(a.at) - Date.parse(b.at);
const nudgeIdentity = (e: NudgeLogEntry) => `${e.at}|${e.habitId}|${e.outcome}`;
const scoreIdentity = (e: ScoreEntry) => `${e.measure}|${Date.parse(e.at)}`;

/** `kept` first, then each of `added` whose identity is not yet there. */
function union<T>(kept: readonly T[], added: readonly T[], identity: (item: T) => string | number): T[] {
  const seen = new Set<string | number>();
  const out: T[] = [];
  for (const item of [...kept, ...added]) {
    const id = identity(item);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(item);
  }
  return out;
}

/** Day → value maps: every day of both; on a day in both, `combine` decides. */
function unionByDay<T>(kept: Record<string, T>, added: Record<string, T>, combine: (kept: T, added: T) => T): Record<string, T> {
  const out: Record<string, T> = { ...added };
  for (const [day, value] of Object.entries(kept)) out[day] = day in added ? combine(value, added[day]!) : value;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Adds what is new in `incoming` to `current`. On any conflict the patient's current data wins:
 * their protocol, settings and clinic stay (the file's clinic is taken only if they have none),
 * and an entry already here is not replaced.
 */
export function mergeBackupData(current: BackupData, incoming: BackupData): BackupData {
  return {
    treatment: {
      infusions: union(current.treatment.infusions, incoming.treatment.infusions, minute).sort(byTime),
      sessions: union(current.treatment.sessions, incoming.treatment.sessions, minute).sort(byTime),
      protocol: current.treatment.protocol,
    },
    habits: {
      habits: union(current.habits.habits, incoming.habits.habits, (h) => h.id),
      offersDeclined: { ...incoming.habits.offersDeclined, ...current.habits.offersDeclined },
    },
    settings: current.settings,
    history: {
      checkins: unionByDay(current.history.checkins, incoming.history.checkins, (kept, added) => ({ ...added, ...kept })),
      nudges: unionByDay(current.history.nudges, incoming.history.nudges, (kept, added) => union(kept, added, nudgeIdentity).sort(byTime)),
      mood: unionByDay(current.history.mood, incoming.history.mood, (kept) => kept),
      scores: unionByDay(current.history.scores, incoming.history.scores, (kept, added) => union(kept, added, scoreIdentity).sort(byTime)),
    },
    measures: current.measures,
    recovery: union(current.recovery, incoming.recovery, (entry) => JSON.stringify(entry)),
    clinic: current.clinic ?? incoming.clinic,
  };
}

/** The file's data as it will be stored by a replace: the same, with duplicates removed. */
export function replaceBackupData(incoming: BackupData): BackupData {
  const nothing: BackupData = {
    treatment: { ...incoming.treatment, infusions: [], sessions: [] },
    habits: { ...incoming.habits, habits: [] },
    settings: incoming.settings,
    history: { checkins: {}, nudges: {}, mood: {}, scores: {} },
    measures: incoming.measures,
    recovery: [],
    clinic: incoming.clinic,
  };
  return mergeBackupData(nothing, incoming);
}

/** The counts an import preview shows, with the first and last day where there are dates. */
export interface DataCounts {
  infusions: { count: number; first: string | null; last: string | null };
  sessions: { count: number; first: string | null; last: string | null };
  habits: number;
  checkinDays: { count: number; first: string | null; last: string | null };
  moodDays: { count: number; first: string | null; last: string | null };
  scores: number;
  nudges: { count: number; first: string | null; last: string | null };
  recovery: number;
}

const span = (sortedDates: string[]) => ({
  count: sortedDates.length,
  first: sortedDates[0] ?? null,
  last: sortedDates.at(-1) ?? null,
});

export function dataCounts(data: BackupData): DataCounts {
  const days = (record: Record<string, unknown>) => Object.keys(record).sort();
  const nudgeDays = days(data.history.nudges).filter((day) => data.history.nudges[day]!.length > 0);
  const nudgeCount = nudgeDays.reduce((sum, day) => sum + data.history.nudges[day]!.length, 0);
  return {
    infusions: span([...data.treatment.infusions].sort(byTime).map((i) => i.at)),
    sessions: span([...data.treatment.sessions].sort(byTime).map((s) => s.at)),
    habits: data.habits.habits.length,
    checkinDays: span(days(data.history.checkins).filter((day) => Object.keys(data.history.checkins[day]!).length > 0)),
    moodDays: span(days(data.history.mood)),
    scores: Object.values(data.history.scores).reduce((sum, list) => sum + list.length, 0),
    nudges: { count: nudgeCount, first: nudgeDays[0] ?? null, last: nudgeDays.at(-1) ?? null },
    recovery: data.recovery.length,
  };
}

/**
 * A copy with nothing of the patient's in it: the one taken before importing into a fresh
 * install. "Restore that copy" would only empty everything again, so it is not offered (issue 16).
 */
export function holdsNothing(counts: DataCounts): boolean {
  return counts.infusions.count + counts.sessions.count + counts.habits + counts.checkinDays.count + counts.nudges.count + counts.recovery === 0;
}
