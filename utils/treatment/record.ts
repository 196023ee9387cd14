import * as v from 'valibot';

/**
 * The treatment record: what the patient entered about their infusions and therapy
 * sessions, and the protocol their clinic follows. Stored in storage.local under
 * `local:treatment` at TREATMENT_VERSION; checked by salvageTreatment below (utils/stored/snapshot.ts reads every record).
 */
export const TREATMENT_VERSION = 1;

/** An infusion is identified by its minute: two in the same minute are refused. */
export interface Infusion {
  /** ISO 8601 instant, e.g. "2026-11-20T09:00:00.000Z". */
  at: string;
  /** A booster never counts toward an induction series. */
  kind: 'infusion' | 'booster';
  note?: string;
}

export interface TherapySession {
  at: string;
  kind: 'preparation' | 'kap' | 'integration';
  note?: string;
}

export interface Protocol {
  /** Infusions in the induction series. Default 6: Murrough 2013; Wilkinson 2021. */
  inductionCount: number;
  /** Induction cadence. Default 2: Singh 2016 (twice weekly as good as three times). */
  infusionsPerWeek: number;
  /** Hours after an infusion that the window stays open. Default 48: clinic guidance. */
  windowHours: number;
  /** Optional booster reminder, weeks after the last infusion. Off by default: Andrade 2017. */
  boosterIntervalWeeks: number | null;
  /** KAP sessions planned, on days other than infusion days. Default 3: clinic convention. */
  therapySessionCount: number;
}

export interface TreatmentRecord {
  infusions: Infusion[];
  sessions: TherapySession[];
  protocol: Protocol;
}

/** The ranges a clinic or patient may set (docs/clinical-defaults.md#treatment-course). */
export const PROTOCOL_LIMITS = {
  inductionCount: { min: 1, max: 12 },
  infusionsPerWeek: { min: 1, max: 3 },
  windowHours: { min: 24, max: 72 },
  boosterIntervalWeeks: { min: 2, max: 12 },
  therapySessionCount: { min: 0, max: 20 },
} as const satisfies Record<keyof Protocol, { min: number; max: number }>;

export const DEFAULT_PROTOCOL: Protocol = {
  inductionCount: 6,
  infusionsPerWeek: 2,
  windowHours: 48,
  boosterIntervalWeeks: null,
  therapySessionCount: 3,
};

export const EMPTY_TREATMENT: TreatmentRecord = {
  infusions: [],
  sessions: [],
  protocol: DEFAULT_PROTOCOL,
};

const NOTE_MAX = 500;

/** Date.parse rolls 30 February over into March; a stored date must name a real day. */
export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth && !Number.isNaN(Date.parse(iso));
}

/** The shape of Date.prototype.toISOString(), or ISO 8601 with an offset. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 instant naming a real calendar day; backups and history reuse it. */
export const isoInstant = v.pipe(
  v.string(),
  // The shape of Date.prototype.toISOString() and of ISO 8601 with an offset; isRealDate
  // then refuses days that do not exist. (A short regex of our own: valibot's isoTimestamp
  // is larger and the service worker has a 15 KB budget.)
  v.regex(ISO_INSTANT, 'must be a date and time'),
  v.check(isRealDate, 'must be a real date'),
);

const limited = (key: keyof typeof PROTOCOL_LIMITS) =>
  v.pipe(
    v.number(),
    v.integer(`${key} must be a whole number`),
    v.minValue(PROTOCOL_LIMITS[key].min, `${key} is below ${PROTOCOL_LIMITS[key].min}`),
    v.maxValue(PROTOCOL_LIMITS[key].max, `${key} is above ${PROTOCOL_LIMITS[key].max}`),
  );

export const InfusionSchema = v.strictObject({
  at: isoInstant,
  kind: v.picklist(['infusion', 'booster']),
  note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX))),
});

export const TherapySessionSchema = v.strictObject({
  at: isoInstant,
  kind: v.picklist(['preparation', 'kap', 'integration']),
  note: v.optional(v.pipe(v.string(), v.maxLength(NOTE_MAX))),
});

export const ProtocolSchema = v.strictObject({
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

/** A stored entry that failed validation, kept aside so nothing is silently lost. */
export interface RejectedValue {
  /** Where it was, e.g. "treatment.infusions[3]". */
  path: string;
  value: unknown;
  problem: string;
}

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
 * The treatment record for the popup's phase card, from the raw stored value, by the same
 * salvage as the whole snapshot (utils/stored/snapshot.ts), which also sets refused entries aside.
 */
export function storedTreatment(raw: unknown): TreatmentRecord {
  return raw === undefined ? EMPTY_TREATMENT : salvageTreatment(raw).record;
}

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
