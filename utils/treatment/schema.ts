import * as v from 'valibot';
import type { RejectedValue, TreatmentRecord } from './record';
import { DEFAULT_PROTOCOL, ISO_INSTANT, isRealDate, MAX_STAGES, NOTE_MAX, PROTOCOL_LIMITS, STAGE_LIMITS, TREATMENT_KINDS } from './record';

/**
 * The one schema of the stored treatment record (utils/treatment/record.ts holds its types and
 * defaults), and the salvage that keeps every valid part of a damaged one. Apart from the
 * record so that code which only needs its types and defaults (the popup's first paint) carries
 * no schema library.
 */

/** An ISO 8601 instant naming a real calendar day; backups and history reuse it. */
export const isoInstant = v.pipe(
  v.string(),
  // The shape of Date.prototype.toISOString() and of ISO 8601 with an offset; isRealDate
  // then refuses days that do not exist. (A short regex of our own: valibot's isoTimestamp
  // is larger and the service worker has a 15 KB budget.)
  v.regex(ISO_INSTANT, 'must be a date and time'),
  v.check(isRealDate, 'must be a real date'),
);

const between = (key: string, { min, max }: { min: number; max: number }) =>
  v.pipe(
    v.number(),
    v.integer(`${key} must be a whole number`),
    v.minValue(min, `${key} is below ${min}`),
    v.maxValue(max, `${key} is above ${max}`),
  );
const limited = (key: keyof typeof PROTOCOL_LIMITS) => between(key, PROTOCOL_LIMITS[key]);

export const TreatmentKindSchema = v.picklist(TREATMENT_KINDS);

export const StageSchema = v.strictObject({
  weeks: v.nullable(between('weeks', STAGE_LIMITS.weeks)),
  times: between('times', STAGE_LIMITS.times),
  everyWeeks: between('everyWeeks', STAGE_LIMITS.everyWeeks),
});

/** The stages after the series: at most MAX_STAGES, and only the last may be open-ended. */
export const StagesSchema = v.pipe(
  v.array(StageSchema),
  v.maxLength(MAX_STAGES, `at most ${MAX_STAGES} stages`),
  v.check((stages) => stages.every((s, i) => s.weeks !== null || i === stages.length - 1), 'only the last stage may be open-ended'),
);

export const InfusionSchema = v.strictObject({
  at: isoInstant,
  kind: v.picklist(['infusion', 'booster']),
  note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX))),
  treatment: v.optional(TreatmentKindSchema),
});

export const TherapySessionSchema = v.strictObject({
  at: isoInstant,
  kind: v.picklist(['preparation', 'kap', 'integration']),
  note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX))),
});

/**
 * A version 1 protocol has no kind and no stages: it reads as the IV protocol it was, with
 * boosters as needed after the series (the migration, by shape, in the reader).
 */
export const ProtocolSchema = v.strictObject({
  kind: v.optional(TreatmentKindSchema, 'iv'),
  stages: v.optional(StagesSchema, () => []),
  inductionCount: limited('inductionCount'),
  infusionsPerWeek: limited('infusionsPerWeek'),
  windowHours: limited('windowHours'),
  boosterIntervalWeeks: v.nullable(limited('boosterIntervalWeeks')),
  therapySessionCount: limited('therapySessionCount'),
});

/** The one schema for the stored treatment record. */
export const TreatmentRecordSchema = v.strictObject({
  infusions: v.array(InfusionSchema),
  sessions: v.array(TherapySessionSchema),
  protocol: ProtocolSchema,
});

// The schema and the documented types must describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _treatmentTypesAgree: Same<v.InferOutput<typeof TreatmentRecordSchema>, TreatmentRecord> = true;
void _treatmentTypesAgree;

/** A validation failure in words, with where it is: "at: must be a date and time". */
export const describeIssues = (issues: readonly v.BaseIssue<unknown>[]) =>
  issues
    .map((i) => {
      const path = v.getDotPath(i);
      return path ? `${path}: ${i.message}` : i.message;
    })
    .join('; ');
const describe = describeIssues;

/**
 * Reads a stored treatment record, keeping every valid entry. Invalid infusions or
 * sessions are rejected one by one; an invalid protocol falls back to the defaults.
 */
export function salvageTreatment(raw: unknown): { record: TreatmentRecord; rejected: RejectedValue[] } {
  const whole = v.safeParse(TreatmentRecordSchema, raw);
  if (whole.success) return { record: whole.output, rejected: [] };

  const rejected: RejectedValue[] = [];
  const isRecord = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  const source = isRecord ? (raw as Record<string, unknown>) : {};
  if (!isRecord) {
    rejected.push({ path: 'treatment', value: raw, problem: 'not a treatment record' });
  }
  const keepValid = <T>(name: 'infusions' | 'sessions', schema: v.GenericSchema<unknown, T>): T[] => {
    const list = source[name];
    if (list === undefined) return [];
    if (!Array.isArray(list)) {
      rejected.push({ path: `treatment.${name}`, value: list, problem: 'not a list' });
      return [];
    }
    return list.flatMap((item, index) => {
      const result = v.safeParse(schema, item);
      if (result.success) return [result.output];
      rejected.push({ path: `treatment.${name}[${index}]`, value: item, problem: describe(result.issues) });
      return [];
    });
  };
  const infusions = keepValid('infusions', InfusionSchema);
  const sessions = keepValid('sessions', TherapySessionSchema);
  let protocol = DEFAULT_PROTOCOL;
  if (source.protocol !== undefined) {
    const parsed = v.safeParse(ProtocolSchema, source.protocol);
    if (parsed.success) protocol = parsed.output;
    else rejected.push({ path: 'treatment.protocol', value: source.protocol, problem: describe(parsed.issues) });
  }
  const known = new Set(['infusions', 'sessions', 'protocol']);
  for (const key of Object.keys(source).filter((k) => !known.has(k))) {
    rejected.push({ path: `treatment.${key}`, value: source[key], problem: 'unknown field' });
  }
  return { record: { infusions, sessions, protocol }, rejected };
}
