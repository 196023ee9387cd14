import * as v from 'valibot';
import type { MessageKey } from '@/utils/catalogue';
import { GoalSchema, NudgeRuleSchema, PRESET_IDS, type PresetId } from '@/utils/habits/record';
import type { MeasureInterval } from '@/utils/measures/settings';
import { MEASURE_INTERVAL_LIMITS } from '@/utils/measures/settings';
import type { Stage, TreatmentKind } from '@/utils/treatment/record';
import { PROTOCOL_LIMITS } from '@/utils/treatment/record';
import { StagesSchema, TreatmentKindSchema } from '@/utils/treatment/schema';

/**
 * A clinic's profile: what a clinic link carries, and nothing about any patient.
 * Format version CLINIC_PROFILE_VERSION; the version travels in the link (utils/clinic/link.ts)
 * so a later Afterglow can still read old links. Documented in README.md ("For clinics").
 */
export const CLINIC_PROFILE_VERSION = 2;

/**
 * Version 2 adds the treatment kind and the stages after the series to the protocol (issue 15)
 * and the questionnaires' intervals (issue 11); a version 1 link never had them, so one that
 * carries them is refused (as a field that version does not know), and a version 1 link means
 * what it always meant: protocol numbers only, the patient's kind and intervals kept.
 */
export const FIELDS_SINCE_VERSION_2 = ['protocol.kind', 'protocol.stages', 'measures'] as const;

export interface ClinicPreset {
  id: PresetId;
  /** Overrides the preset's default goal. */
  goal?: v.InferOutput<typeof GoalSchema>;
  /** Overrides the preset's default nudge times. */
  nudges?: v.InferOutput<typeof NudgeRuleSchema>[];
}

export interface ClinicProfile {
  name: string;
  phone?: string;
  /** https only. */
  website?: string;
  welcome?: string;
  /** Only the numbers the clinic sets; the rest keep the patient's values. */
  protocol?: {
    /** Version 2: the kind of treatment; applying it brings its preset schedule, unless the clinic sets its own numbers. */
    kind?: TreatmentKind;
    /** Version 2: the stages after the series (utils/treatment/record.ts Stage). */
    stages?: Stage[];
    inductionCount?: number;
    infusionsPerWeek?: number;
    windowHours?: number;
    boosterIntervalWeeks?: number | null;
    therapySessionCount?: number;
  };
  /** Version 2: how often the PHQ-9 and GAD-7 come, in days; only those set change. */
  measures?: ClinicMeasures;
  /** Habits the clinic suggests, switched on (after the patient confirms). */
  presets?: ClinicPreset[];
  /** The clinic's own words for a habit's nudges, used in rotation. */
  nudgeTexts?: Partial<Record<PresetId, string[]>>;
}

/** The questionnaires' intervals a clinic sets (utils/measures/settings.ts), days each. */
export type ClinicMeasures = Partial<Record<MeasureInterval, number>>;

export const CLINIC_LIMITS = {
  name: 80,
  phone: 30,
  website: 200,
  welcome: 400,
  nudgeText: 160,
  nudgeTextsPerHabit: 5,
} as const;

/** Field names that describe a patient: a link that carries one is refused outright. */
export const PATIENT_FIELDS = [
  'infusions', 'sessions', 'checkins', 'history', 'habits', 'mood', 'patient', 'patientName',
  'dateOfBirth', 'dob', 'email', 'notes', 'phq9', 'gad7', 'diagnosis', 'settings', 'treatment',
] as const;

/** Text that could run as code if it were ever put into a page as markup. */
const MARKUP = /[<>]|javascript:|data:text\/html/i;
const plainText = (max: number) =>
  v.pipe(v.string(), v.trim(), v.maxLength(max, `longer than ${max} characters`), v.check((s) => !MARKUP.test(s), 'markup'));

const between = ({ min, max }: { min: number; max: number }) =>
  v.pipe(v.number(), v.integer('not a whole number'), v.minValue(min, `below ${min}`), v.maxValue(max, `above ${max}`));
const limited = (key: keyof typeof PROTOCOL_LIMITS) => between(PROTOCOL_LIMITS[key]);

/** The questionnaires' intervals: also what ClinicWrites records of them (utils/clinic/record.ts). */
export const ClinicMeasuresSchema = v.strictObject({
  inductionEveryDays: v.optional(between(MEASURE_INTERVAL_LIMITS)),
  maintenanceEveryDays: v.optional(between(MEASURE_INTERVAL_LIMITS)),
});

const presetIds = PRESET_IDS;

/** The one schema for a clinic profile. Unknown fields are refused at every level. */
export const ClinicProfileSchema = v.strictObject({
  name: v.pipe(plainText(CLINIC_LIMITS.name), v.minLength(1, 'empty')),
  phone: v.optional(v.pipe(v.string(), v.trim(), v.regex(/^\+?[0-9 ()\-.]{3,30}$/, 'not a phone number'))),
  website: v.optional(
    v.pipe(
      plainText(CLINIC_LIMITS.website),
      v.check((s) => {
        try {
          const url = new URL(s);
          return url.protocol === 'https:' && !url.username && !url.password;
        } catch {
          return false;
        }
      }, 'https'),
    ),
  ),
  welcome: v.optional(plainText(CLINIC_LIMITS.welcome)),
  protocol: v.optional(
    v.strictObject({
      kind: v.optional(TreatmentKindSchema),
      stages: v.optional(StagesSchema),
      inductionCount: v.optional(limited('inductionCount')),
      infusionsPerWeek: v.optional(limited('infusionsPerWeek')),
      windowHours: v.optional(limited('windowHours')),
      boosterIntervalWeeks: v.optional(v.nullable(limited('boosterIntervalWeeks'))),
      therapySessionCount: v.optional(limited('therapySessionCount')),
    }),
  ),
  measures: v.optional(ClinicMeasuresSchema),
  presets: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          id: v.picklist(presetIds, 'not a known habit'),
          goal: v.optional(GoalSchema),
          nudges: v.optional(v.pipe(v.array(NudgeRuleSchema), v.maxLength(4))),
        }),
      ),
      v.maxLength(presetIds.length),
      v.check((list) => new Set(list.map((p) => p.id)).size === list.length, 'a habit is listed twice'),
    ),
  ),
  nudgeTexts: v.optional(
    v.record(
      v.picklist(presetIds, 'not a known habit'),
      v.pipe(v.array(plainText(CLINIC_LIMITS.nudgeText)), v.minLength(1), v.maxLength(CLINIC_LIMITS.nudgeTextsPerHabit)),
    ),
  ),
});

export type ClinicProfileProblem =
  | { kind: 'patient-field'; field: string }
  | { kind: 'unknown-field'; field: string }
  | { kind: 'markup'; field: MessageKey }
  | { kind: 'website' }
  | { kind: 'field'; field: MessageKey; why: string }
  | { kind: 'not-a-profile' };

const FIELD_LABELS: Record<string, MessageKey> = {
  name: 'clinicFieldName',
  phone: 'clinicFieldPhone',
  website: 'clinicFieldWebsite',
  welcome: 'clinicFieldWelcome',
  protocol: 'clinicFieldProtocol',
  measures: 'clinicFieldMeasures',
  presets: 'clinicFieldPresets',
  nudgeTexts: 'clinicFieldNudgeTexts',
};

/** Whether `value` holds the field at a dotted path: "protocol.kind". */
function holds(value: unknown, path: string): boolean {
  let at = value;
  for (const key of path.split('.')) {
    if (typeof at !== 'object' || at === null || !(key in at)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

/** Finds a patient field anywhere in the decoded value (a link must never carry one). */
function findPatientField(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, inner] of Object.entries(value)) {
    if ((PATIENT_FIELDS as readonly string[]).includes(key)) return key;
    const nested = findPatientField(inner);
    if (nested) return nested;
  }
  return null;
}

/**
 * A device policy's value as a profile. Chrome's policy schema has no null, so the last,
 * open-ended stage leaves `weeks` out there (public/managed_schema.json); here it becomes the
 * profile's `weeks: null`. Anything else passes unchanged, for validateClinicProfile to judge.
 */
export function profileFromPolicy(value: Record<string, unknown>): Record<string, unknown> {
  const protocol = value.protocol as { stages?: unknown } | undefined;
  if (!protocol || !Array.isArray(protocol.stages)) return value;
  const stages = protocol.stages.map((stage: unknown) =>
    typeof stage === 'object' && stage !== null && !('weeks' in stage) ? { weeks: null, ...stage } : stage,
  );
  return { ...value, protocol: { ...protocol, stages } };
}

/**
 * Validates a decoded profile of link format `version` (the newest unless said); the problem,
 * if any, is the first that a person should hear.
 */
export function validateClinicProfile(
  value: unknown,
  version: number = CLINIC_PROFILE_VERSION,
): { ok: true; profile: ClinicProfile } | { ok: false; problem: ClinicProfileProblem } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, problem: { kind: 'not-a-profile' } };
  const patientField = findPatientField(value);
  if (patientField) return { ok: false, problem: { kind: 'patient-field', field: patientField } };
  const newer = version < 2 ? FIELDS_SINCE_VERSION_2.find((path) => holds(value, path)) : undefined;
  if (newer) return { ok: false, problem: { kind: 'unknown-field', field: newer } };
  const result = v.safeParse(ClinicProfileSchema, value);
  if (result.success) return { ok: true, profile: result.output };

  const issue = result.issues[0];
  const path = issue.path?.map((p) => String(p.key)) ?? [];
  const top = path[0] ?? '';
  if (issue.type === 'strict_object' || issue.kind === 'schema' && issue.expected === 'never') {
    return { ok: false, problem: { kind: 'unknown-field', field: path.join('.') || String(issue.input) } };
  }
  const field = FIELD_LABELS[top] ?? 'clinicFieldName';
  if (issue.message === 'markup') return { ok: false, problem: { kind: 'markup', field } };
  if (top === 'website') return { ok: false, problem: { kind: 'website' } };
  return { ok: false, problem: { kind: 'field', field, why: issue.message } };
}
