import * as v from 'valibot';
import type { ClinicRecord } from '@/utils/clinic/record';
import { readClinicRecord } from '@/utils/clinic/record';
import type { HabitsRecord } from '@/utils/habits/record';
import { EMPTY_HABITS } from '@/utils/habits/record';
import { salvageHabits } from '@/utils/habits/salvage';
import type { MeasureSettings } from '@/utils/measures/settings';
import { DEFAULT_MEASURE_SETTINGS, MeasureSettingsSchema } from '@/utils/measures/settings';
import type { NudgeSchedule, NudgeState } from '@/utils/nudges/state';
import { EMPTY_NUDGE_STATE, NudgeScheduleSchema, NudgeStateSchema } from '@/utils/nudges/state';
import type { Settings } from '@/utils/settings/record';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import { salvageSettings } from '@/utils/settings/salvage';
import type { RejectedValue, TreatmentRecord } from '@/utils/treatment/record';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';
import { describeIssues, isoInstant, salvageTreatment } from '@/utils/treatment/schema';
import type { RawSnapshot, StoredKey } from './keys';
import { STORED_KEYS } from './keys';

/**
 * Everything Afterglow keeps in storage.local, as one snapshot: read in one
 * `storage.local.get`, checked here in one pure step, and handed to a page or the background
 * whole. storage.local only: storage.sync would upload health data to the browser account
 * (docs/clinical-defaults.md#privacy).
 *
 * Each record is read by its own reader (its schema, keeping every valid part). What a reader
 * refuses is never dropped: `settleSnapshot` says what to write so that it lands in `recovery`,
 * in the same write that puts the clean record back.
 */

/** A stored value that failed validation, set aside with when it was (the `recovery` list). */
export interface RecoveredEntry extends RejectedValue {
  /** ISO instant when it was set aside. */
  keptAt: string;
}

export const RecoveredEntrySchema = v.strictObject({
  path: v.pipe(v.string(), v.maxLength(200)),
  value: v.unknown(),
  problem: v.pipe(v.string(), v.maxLength(2000)),
  keptAt: isoInstant,
});

export interface Snapshot {
  treatment: TreatmentRecord;
  habits: HabitsRecord;
  settings: Settings;
  /** Snoozes and the last return from time away (utils/nudges/state.ts). */
  nudgeState: NudgeState;
  /** The nudge alarms last set, so an occurrence the browser dropped is still handled. */
  nudgeSchedule: NudgeSchedule;
  /** The clinic this Afterglow is set up for, or null. */
  clinic: ClinicRecord | null;
  /** Mood prompts and the questionnaires' schedule (utils/measures/settings.ts). */
  measures: MeasureSettings;
  /** Values that failed validation, for the patient to download. */
  recovery: RecoveredEntry[];
}

export const EMPTY_SNAPSHOT: Snapshot = {
  treatment: EMPTY_TREATMENT,
  habits: EMPTY_HABITS,
  settings: DEFAULT_SETTINGS,
  nudgeState: EMPTY_NUDGE_STATE,
  nudgeSchedule: {},
  clinic: null,
  measures: DEFAULT_MEASURE_SETTINGS,
  recovery: [],
};

export interface CheckedSnapshot {
  snapshot: Snapshot;
  /** Values refused, with where they were; each must end up in `recovery` exactly once. */
  rejected: RejectedValue[];
  /** The records that hold a refused value, as they should be written back (clean). */
  cleaned: Partial<Snapshot>;
}

type Reader<K extends StoredKey> = (raw: unknown) => { value: Snapshot[K]; rejected: RejectedValue[] };

const whole =
  <K extends StoredKey>(path: K, schema: v.GenericSchema<unknown, Snapshot[K]>): Reader<K> =>
  (raw) => {
    const parsed = v.safeParse(schema, raw);
    return parsed.success ? { value: parsed.output, rejected: [] } : { value: EMPTY_SNAPSHOT[path], rejected: [{ path, value: raw, problem: describeIssues(parsed.issues) }] };
  };

/** One reader per stored key. Absent values read as the defaults and are not a problem. */
const READERS: { [K in StoredKey]: Reader<K> } = {
  treatment: (raw) => {
    const { record, rejected } = salvageTreatment(raw);
    return { value: record, rejected };
  },
  habits: (raw) => {
    const { record, rejected } = salvageHabits(raw);
    return { value: record, rejected };
  },
  settings: (raw) => {
    const { settings, rejected } = salvageSettings(raw);
    return { value: settings, rejected };
  },
  nudgeState: whole('nudgeState', NudgeStateSchema),
  // It only repeats the alarms the background set: an unreadable one reads as none, and the
  // next run writes it again. Nothing of the patient's is in it, so nothing is set aside.
  nudgeSchedule: (raw) => ({ value: v.is(NudgeScheduleSchema, raw) ? raw : {}, rejected: [] }),
  clinic: (raw) => {
    const { record, problem } = readClinicRecord(raw);
    return { value: record, rejected: problem ? [{ path: 'clinic', value: raw, problem }] : [] };
  },
  measures: whole('measures', MeasureSettingsSchema),
  recovery: (raw) => {
    const kept = v.safeParse(v.array(RecoveredEntrySchema), raw);
    if (kept.success) return { value: kept.output, rejected: [] };
    // A list that is itself malformed is kept whole, as one entry of the new list.
    return { value: [], rejected: [{ path: 'recovery', value: raw, problem: describeIssues(kept.issues) }] };
  },
};

/** Validates what storage.local holds; pure, so every page and the background read it alike. */
export function checkSnapshot(raw: RawSnapshot): CheckedSnapshot {
  const snapshot = { ...EMPTY_SNAPSHOT } as Record<StoredKey, unknown>;
  const cleaned: Record<string, unknown> = {};
  const rejected: RejectedValue[] = [];
  for (const key of STORED_KEYS) {
    if (raw[key] === undefined) continue;
    const read = (READERS[key] as Reader<StoredKey>)(raw[key]);
    snapshot[key] = read.value;
    if (read.rejected.length === 0) continue;
    rejected.push(...read.rejected);
    cleaned[key] = read.value;
  }
  return { snapshot: snapshot as unknown as Snapshot, rejected, cleaned: cleaned as Partial<Snapshot> };
}

/**
 * What to write so that nothing refused is lost and every later read is clean: each record
 * that held a refused value goes back clean, and `recovery` gains one entry per refused value,
 * all in one storage.local.set. Run on a fresh read under the storage lock, a second page
 * settling the same values finds nothing left to move, so each lands in `recovery` once.
 */
export function settleSnapshot(raw: RawSnapshot, now: Date): { snapshot: Snapshot; write: Partial<Snapshot> | null } {
  const { snapshot, rejected, cleaned } = checkSnapshot(raw);
  if (rejected.length === 0) return { snapshot, write: null };
  const keptAt = now.toISOString();
  // Cut to what the recovery schema holds, so the list written back always reads back clean.
  const kept = rejected.map(({ path, value, problem }) => ({ path: path.slice(0, 200), value, problem: problem.slice(0, 2000), keptAt }));
  const recovery = [...snapshot.recovery, ...kept];
  const settled = { ...snapshot, recovery };
  return { snapshot: settled, write: { ...cleaned, recovery } };
}
