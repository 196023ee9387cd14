import * as v from 'valibot';
import { problemsSentence } from './errors';
import type { BackupData } from './format';
import { DayCheckinsSchema, DayKeySchema, MoodEntrySchema, NudgeLogEntrySchema, ScoreEntrySchema } from '@/utils/history/records';
import type { RawSnapshot } from '@/utils/stored/keys';
import { checkSnapshot } from '@/utils/stored/snapshot';
import type { RejectedValue } from '@/utils/treatment/record';

/**
 * The patient's stored data as a backup holds it, read through the snapshot's check (the pages'
 * rules). Whatever fails is not dropped: it goes into the backup's `recovery` list as it was,
 * so an export is always a valid file and nothing is lost on the way.
 */
export interface StoredValues extends RawSnapshot {
  /** Every IndexedDB history entry, e.g. ["checkins:2026-11-27", { "morning-light": "done" }]. */
  history: Array<[key: string, value: unknown]>;
}

const HISTORY_KEY = /^(checkins|nudges|mood|scores):(.*)$/;
const NudgeDaySchema = v.array(NudgeLogEntrySchema);
const ScoreDaySchema = v.array(ScoreEntrySchema);

function salvageHistory(entries: StoredValues['history'], rejected: RejectedValue[]): BackupData['history'] {
  const history: BackupData['history'] = { checkins: {}, nudges: {}, mood: {}, scores: {} };
  const keep = <T>(schema: v.GenericSchema<unknown, T>, key: string, value: unknown, into: Record<string, T>, day: string) => {
    const parsed = v.safeParse(schema, value);
    if (parsed.success) into[day] = parsed.output;
    else rejected.push({ path: `history.${key}`, value, problem: problemsSentence(parsed.issues) });
  };
  for (const [key, value] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
    const [, kind, day = ''] = HISTORY_KEY.exec(key) ?? [];
    if (!kind || !v.is(DayKeySchema, day)) {
      rejected.push({ path: `history.${key}`, value, problem: 'not a kind of history a backup holds' });
    } else if (kind === 'checkins') keep(DayCheckinsSchema, key, value, history.checkins, day);
    else if (kind === 'nudges') keep(NudgeDaySchema, key, value, history.nudges, day);
    else if (kind === 'mood') keep(MoodEntrySchema, key, value, history.mood, day);
    else if (Array.isArray(value)) {
      // A questionnaire that fails its check is set aside on its own; the day's others are kept.
      const good = value.filter((entry) => v.is(ScoreEntrySchema, entry));
      value.forEach((entry, i) => {
        const parsed = v.safeParse(ScoreEntrySchema, entry);
        if (!parsed.success) rejected.push({ path: `history.${key}[${i}]`, value: entry, problem: problemsSentence(parsed.issues) });
      });
      if (good.length) history.scores[day] = good as v.InferOutput<typeof ScoreDaySchema>;
    } else keep(ScoreDaySchema, key, value, history.scores, day);
  }
  return history;
}

export function backupDataFromStored(stored: StoredValues, now: Date): BackupData {
  const { snapshot, rejected } = checkSnapshot(stored);
  const history = salvageHistory(stored.history, rejected);
  // Entries set aside earlier travel as they are; a list that is itself malformed is wrapped whole.
  const keptAt = now.toISOString();
  const recovery = [...snapshot.recovery, ...rejected.map((entry) => ({ ...entry, keptAt }))];
  const { treatment, habits, settings, clinic, measures } = snapshot;
  return { treatment, habits, settings, history, measures, recovery, clinic };
}
