import * as v from 'valibot';
import type { MoodEntry, ScoreEntry } from '@/utils/history/records';
import { MoodEntrySchema, ScoreEntrySchema } from '@/utils/history/records';
import type { DayKey } from '@/utils/time/dayKey';

/**
 * Checking what history holds for mood and scores, one value at a time: a damaged value is
 * counted as set aside and never shown (the backup keeps it in `recovery`).
 */
export function checkMood(raw: unknown): MoodEntry | null {
  return raw !== undefined && v.is(MoodEntrySchema, raw) ? raw : null;
}

export interface DayScores {
  day: DayKey;
  entries: ScoreEntry[];
  /** Entries that failed the check: not shown, not counted. */
  setAside: number;
}

export function checkScores(day: DayKey, raw: unknown): DayScores {
  if (raw === undefined) return { day, entries: [], setAside: 0 };
  if (!Array.isArray(raw)) return { day, entries: [], setAside: 1 };
  const entries = raw.filter((entry): entry is ScoreEntry => v.is(ScoreEntrySchema, entry));
  return { day, entries, setAside: raw.length - entries.length };
}

/** The latest day each questionnaire was answered, from days read newest first. */
export function latestDays(days: DayScores[]): { phq9: DayKey | null; gad7: DayKey | null } {
  const latest = { phq9: null as DayKey | null, gad7: null as DayKey | null };
  for (const { day, entries } of [...days].sort((a, b) => (a.day < b.day ? 1 : -1))) {
    for (const entry of entries) if (latest[entry.measure] === null) latest[entry.measure] = day;
  }
  return latest;
}
