import * as v from 'valibot';
import type { DayKey } from '@/utils/time/dayKey';
import { HabitSchema } from '@/utils/habits/record';
import { isoInstant } from '@/utils/treatment/schema';

/**
 * The shapes of what history keeps in IndexedDB (utils/shell/history.ts), as schemas, so a
 * backup's history is checked as strictly as the stored records.
 */

/** Habit id → what happened that day. "skip" (ill, travelling) neither breaks nor counts. */
export type DayCheckins = Record<string, 'done' | 'skip'>;

export type NudgeOutcome = 'shown' | 'done' | 'snoozed' | 'dismissed' | 'dropped';

export interface NudgeLogEntry {
  /** ISO instant of the event. */
  at: string;
  habitId: string;
  outcome: NudgeOutcome;
  /** Why a nudge was dropped: "late", "quiet-hours", "paused", "idle", "rest-day", "goal-met". */
  reason?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** "2026-11-27" naming a real calendar day (not 2026-02-30). */
export function isRealDay(key: string): boolean {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` === key;
}

export const DayKeySchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/), v.check(isRealDay));

export const DayCheckinsSchema = v.record(HabitSchema.entries.id, v.picklist(['done', 'skip']));

export const NudgeLogEntrySchema = v.strictObject({
  at: isoInstant,
  habitId: HabitSchema.entries.id,
  outcome: v.picklist(['shown', 'done', 'snoozed', 'dismissed', 'dropped']),
  reason: v.optional(v.pipe(v.string(), v.maxLength(40))),
});

// The schemas and the types the history module writes must describe the same data: a new
// outcome or field there fails type-checking here until the backup format knows it.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _checkinsAgree: Same<v.InferOutput<typeof DayCheckinsSchema>, DayCheckins> = true;
const _nudgesAgree: Same<v.InferOutput<typeof NudgeLogEntrySchema>, NudgeLogEntry> = true;
const _dayKeyAgrees: Same<v.InferOutput<typeof DayKeySchema>, DayKey> = true;
void _checkinsAgree, _nudgesAgree, _dayKeyAgrees;

/** The day's mood, one tap (issue 11): 1 "Very low" … 5 "Very good". Kept as `mood:<day>`. */
export type MoodLevel = 1 | 2 | 3 | 4 | 5;
export const MOOD_LEVELS: readonly MoodLevel[] = [1, 2, 3, 4, 5];
export const MOOD_NOTE_MAX = 1000;

export interface MoodEntry {
  mood: MoodLevel;
  /** The optional note of the day, up to MOOD_NOTE_MAX characters. */
  note?: string;
  /** ISO instant of the last change. */
  at: string;
}

export const MoodEntrySchema = v.strictObject({
  mood: v.picklist([1, 2, 3, 4, 5] as const),
  note: v.optional(v.pipe(v.string(), v.maxLength(MOOD_NOTE_MAX))),
  at: isoInstant,
});

/**
 * One completed PHQ-9 or GAD-7, kept in a day's list (`scores:<day>`). Only the answers are
 * stored: the total is always summed from them, so a damaged record can never show a wrong score.
 */
export interface ScoreEntry {
  measure: 'phq9' | 'gad7';
  at: string;
  answers: Array<0 | 1 | 2 | 3>;
  /** The form's closing question about difficulty, when answered (not part of the score). */
  difficulty?: 0 | 1 | 2 | 3;
}

const answer = v.picklist([0, 1, 2, 3] as const);
export const ScoreEntrySchema = v.pipe(
  v.strictObject({
    measure: v.picklist(['phq9', 'gad7'] as const),
    at: isoInstant,
    answers: v.array(answer),
    difficulty: v.optional(answer),
  }),
  v.check((entry) => entry.answers.length === (entry.measure === 'phq9' ? 9 : 7), 'has the wrong number of answers'),
);

const _moodAgrees: Same<v.InferOutput<typeof MoodEntrySchema>, MoodEntry> = true;
const _scoreAgrees: Same<v.InferOutput<typeof ScoreEntrySchema>, ScoreEntry> = true;
void _moodAgrees;
void _scoreAgrees;
