import * as v from 'valibot';
import { problemsSentence } from './errors';
import type { BackupData } from './format';
import { DayCheckinsSchema, DayKeySchema, NudgeLogEntrySchema } from '@/utils/history/records';
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

const HISTORY_KEY = /^(checkins|nudges):(.*)$/;
const NudgeDaySchema = v.array(NudgeLogEntrySchema);

function salvageHistory(entries: StoredValues['history'], rejected: RejectedValue[]): BackupData['history'] {
  const history: BackupData['history'] = { checkins: {}, nudges: {} };
  for (const [key, value] of [...entries].sort(([a], [b]) => a.localeCompare(b))) {
    const [, kind, day = ''] = HISTORY_KEY.exec(key) ?? [];
    if (!kind || !v.is(DayKeySchema, day)) {
      rejected.push({ path: `history.${key}`, value, problem: 'not a kind of history a backup holds' });
    } else if (kind === 'checkins') {
      const parsed = v.safeParse(DayCheckinsSchema, value);
      if (parsed.success) history.checkins[day] = parsed.output;
      else rejected.push({ path: `history.${key}`, value, problem: problemsSentence(parsed.issues) });
    } else {
      const parsed = v.safeParse(NudgeDaySchema, value);
      if (parsed.success) history.nudges[day] = parsed.output;
      else rejected.push({ path: `history.${key}`, value, problem: problemsSentence(parsed.issues) });
    }
  }
  return history;
}

export function backupDataFromStored(stored: StoredValues, now: Date): BackupData {
  const { snapshot, rejected } = checkSnapshot(stored);
  const history = salvageHistory(stored.history, rejected);
  // Entries set aside earlier travel as they are; a list that is itself malformed is wrapped whole.
  const keptAt = now.toISOString();
  const recovery = [...snapshot.recovery, ...rejected.map((entry) => ({ ...entry, keptAt }))];
  const { treatment, habits, settings, clinic } = snapshot;
  return { treatment, habits, settings, history, recovery, clinic };
}
