import * as v from 'valibot';
import { problemsSentence } from './errors';
import type { BackupData } from './format';
import { RecoveredEntrySchema, emptyBackupData } from './format';
import { readClinicRecord } from '@/utils/clinic/record';
import { salvageHabits } from '@/utils/habits/salvage';
import { DayCheckinsSchema, DayKeySchema, NudgeLogEntrySchema } from '@/utils/history/records';
import { salvageSettings } from '@/utils/settings/salvage';
import type { RejectedValue } from '@/utils/treatment/record';
import { salvageTreatment } from '@/utils/treatment/record';

/**
 * The patient's stored data as a backup holds it, read through each record's own salvage
 * (the pages' rules). Whatever fails is not dropped: it goes into the backup's `recovery`
 * list as it was, so an export is always a valid file and nothing is lost on the way.
 */
export interface StoredValues {
  /** Raw storage.local values; undefined where nothing was ever stored. */
  treatment: unknown;
  habits: unknown;
  settings: unknown;
  recovery: unknown;
  clinic: unknown;
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
  const defaults = emptyBackupData();
  const treatment = salvageTreatment(stored.treatment ?? defaults.treatment);
  const habits = salvageHabits(stored.habits ?? defaults.habits);
  const settings = salvageSettings(stored.settings ?? defaults.settings);
  const clinic = readClinicRecord(stored.clinic);
  const rejected: RejectedValue[] = [...treatment.rejected, ...habits.rejected, ...settings.rejected];
  if (clinic.problem) rejected.push({ path: 'clinic', value: stored.clinic, problem: clinic.problem });
  const history = salvageHistory(stored.history, rejected);

  // Entries set aside earlier travel as they are; a list that is itself malformed is wrapped whole.
  const kept = v.safeParse(v.array(RecoveredEntrySchema), stored.recovery ?? []);
  const keptAt = now.toISOString();
  const recovery = [
    ...(kept.success ? kept.output : [{ path: 'recovery', value: stored.recovery, problem: problemsSentence(kept.issues), keptAt }]),
    ...rejected.map((entry) => ({ ...entry, keptAt })),
  ];

  return { treatment: treatment.record, habits: habits.record, settings: settings.settings, history, recovery, clinic: clinic.record };
}
