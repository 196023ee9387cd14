import * as v from 'valibot';
import { RecoveredEntrySchema } from '@/utils/stored/snapshot';
import { ClinicRecordSchema } from '@/utils/clinic/record';
import type { HabitsRecord } from '@/utils/habits/record';
import { EMPTY_HABITS, HabitsRecordSchema } from '@/utils/habits/record';
import { DayCheckinsSchema, DayKeySchema, MoodEntrySchema, NudgeLogEntrySchema, ScoreEntrySchema } from '@/utils/history/records';
import type { MeasureSettings } from '@/utils/measures/settings';
import { DEFAULT_MEASURE_SETTINGS, MeasureSettingsSchema } from '@/utils/measures/settings';
import type { Settings } from '@/utils/settings/record';
import { DEFAULT_SETTINGS, SettingsSchema } from '@/utils/settings/record';
import type { TreatmentRecord } from '@/utils/treatment/record';
import { DEFAULT_PROTOCOL } from '@/utils/treatment/record';
import { InfusionSchema, ProtocolSchema, TherapySessionSchema, isoInstant } from '@/utils/treatment/schema';

/**
 * The backup file: everything Afterglow keeps about the patient, as one JSON document.
 * Documented in BACKUP.md (keep the two in step). Each section below is one stored part,
 * in the shape it is stored in; any field may be left out and takes its default, so the
 * smallest valid file is the header and one infusion (a contract, issue #6).
 */
export const BACKUP_FORMAT = 'afterglow-backup';
/** Raise it, and add a step to BACKUP_MIGRATIONS (utils/backup/migrations.ts), when a section changes shape. */
export const BACKUP_VERSION = 2;
/**
 * Files above this are refused before they are read. Ten years of daily use (six habits, 14
 * logged nudges a day) come to about 9 MB (BACKUP.md), so a larger file is not a backup of ours.
 */
export const BACKUP_MAX_BYTES = 20 * 1024 * 1024;

const optionalWithDefault = <S extends v.GenericSchema, D extends v.InferOutput<S>>(schema: S, fallback: D) =>
  v.optional(schema, () => structuredClone(fallback));

/**
 * valibot takes an empty list for an object with no required fields; a section written as a
 * list is a wrong file, not an empty section, so it is refused.
 */
const group = <S extends v.GenericSchema>(schema: S) =>
  v.pipe(v.custom<v.InferInput<S>>((input) => !Array.isArray(input), 'a list'), schema);

const p = ProtocolSchema.entries;
/** utils/treatment/record.ts's record; every protocol number may be left out. */
const TreatmentSection = group(
  v.strictObject({
    infusions: v.optional(v.array(InfusionSchema), () => []),
    sessions: v.optional(v.array(TherapySessionSchema), () => []),
    protocol: v.optional(
      group(
        v.strictObject({
          inductionCount: v.optional(p.inductionCount, DEFAULT_PROTOCOL.inductionCount),
          infusionsPerWeek: v.optional(p.infusionsPerWeek, DEFAULT_PROTOCOL.infusionsPerWeek),
          windowHours: v.optional(p.windowHours, DEFAULT_PROTOCOL.windowHours),
          boosterIntervalWeeks: v.optional(p.boosterIntervalWeeks, DEFAULT_PROTOCOL.boosterIntervalWeeks),
          therapySessionCount: v.optional(p.therapySessionCount, DEFAULT_PROTOCOL.therapySessionCount),
          // A backup from before issue 15 has neither: an IV course, boosters as needed.
          kind: v.optional(p.kind, DEFAULT_PROTOCOL.kind),
          stages: v.optional(p.stages, () => []),
        }),
      ),
      () => ({}),
    ),
  }),
);

const h = HabitsRecordSchema.entries;
/** utils/habits/record.ts's record. */
const HabitsSection = group(
  v.strictObject({
    habits: optionalWithDefault(h.habits, EMPTY_HABITS.habits),
    offersDeclined: optionalWithDefault(h.offersDeclined, EMPTY_HABITS.offersDeclined),
  }),
);

const s = SettingsSchema.entries;
/** utils/settings/record.ts's record; each setting may be left out. */
const SettingsSection = group(
  v.strictObject({
    weekStartsOn: v.optional(s.weekStartsOn, DEFAULT_SETTINGS.weekStartsOn),
    workingHours: optionalWithDefault(s.workingHours, DEFAULT_SETTINGS.workingHours),
    quietHours: optionalWithDefault(s.quietHours, DEFAULT_SETTINGS.quietHours),
    bedtime: v.optional(s.bedtime, DEFAULT_SETTINGS.bedtime),
    pausedUntil: v.optional(s.pausedUntil, DEFAULT_SETTINGS.pausedUntil),
    // Added with issue 13, optional as in storage: a file without it is read as it always was.
    crisisCountry: s.crisisCountry,
  }),
);

/** IndexedDB history (utils/shell/history.ts), by day key. */
const HistorySection = group(
  v.strictObject({
    checkins: v.optional(v.record(DayKeySchema, DayCheckinsSchema), () => ({})),
    nudges: v.optional(v.record(DayKeySchema, v.array(NudgeLogEntrySchema)), () => ({})),
    /** Version 2: the day's mood and note (issue 11). */
    mood: v.optional(v.record(DayKeySchema, MoodEntrySchema), () => ({})),
    /** Version 2: the PHQ-9 and GAD-7 answered each day, answers only (the score is summed). */
    scores: v.optional(v.record(DayKeySchema, v.array(ScoreEntrySchema)), () => ({})),
  }),
);

const m = MeasureSettingsSchema.entries;
/** Version 2: utils/measures/settings.ts's record; each setting may be left out. */
const MeasuresSection = group(
  v.strictObject({
    moodPrompts: v.optional(m.moodPrompts, DEFAULT_MEASURE_SETTINGS.moodPrompts),
    inductionEveryDays: v.optional(m.inductionEveryDays, DEFAULT_MEASURE_SETTINGS.inductionEveryDays),
    maintenanceEveryDays: v.optional(m.maintenanceEveryDays, DEFAULT_MEASURE_SETTINGS.maintenanceEveryDays),
    nudge: v.optional(m.nudge, DEFAULT_MEASURE_SETTINGS.nudge),
  }),
);

/**
 * The one schema for a backup at BACKUP_VERSION. Unknown fields are refused at every level,
 * so a file from another program, or a future field, never slips in half-understood.
 */
export const BackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: isoInstant,
  /** "Afterglow 0.1.0": for whoever helps with a file; never read back. */
  exportedBy: v.optional(v.pipe(v.string(), v.maxLength(100))),
  treatment: v.optional(TreatmentSection, () => ({})),
  habits: v.optional(HabitsSection, () => ({})),
  settings: v.optional(SettingsSection, () => ({})),
  history: v.optional(HistorySection, () => ({})),
  measures: v.optional(MeasuresSection, () => ({})),
  recovery: v.optional(v.array(RecoveredEntrySchema), () => []),
  /** The clinic record (utils/clinic/record.ts), added by the clinic-link feature; null: no clinic. */
  clinic: v.optional(v.nullable(ClinicRecordSchema), null),
});

export type Backup = v.InferOutput<typeof BackupSchema>;

/** The patient's data in a backup: every section, without the file's header. */
export type BackupData = Omit<Backup, 'format' | 'version' | 'exportedAt' | 'exportedBy'>;

/** The data of a fresh install, as a backup holds it. */
export function emptyBackupData(): BackupData {
  const { format: _f, version: _v, exportedAt: _e, exportedBy: _b, ...data } = v.parse(BackupSchema, {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(0).toISOString(),
  });
  return data;
}

/** A backup file's contents for `data`, taken at `now`. */
export function makeBackup(data: BackupData, now: Date, exportedBy?: string): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    ...(exportedBy ? { exportedBy } : {}),
    ...data,
  };
}

// A restored section is written back as the stored record: the two must be the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _sectionsAreRecords: [
  Same<BackupData['treatment'], TreatmentRecord>,
  Same<BackupData['habits'], HabitsRecord>,
  Same<BackupData['settings'], Settings>,
  Same<BackupData['measures'], MeasureSettings>,
] = [true, true, true, true];
void _sectionsAreRecords;
