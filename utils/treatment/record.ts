/**
 * The treatment record: what the patient entered about their infusions and therapy
 * sessions, and the protocol their clinic follows. Stored in storage.local under
 * `treatment`, read with the other records by utils/stored/snapshot.ts through salvageTreatment
 * (utils/treatment/schema.ts). A change of shape is read by shape there, so old records keep
 * meaning what they meant.
 */
/**
 * How the ketamine is given (issue 15). It changes the words a patient reads and the preset
 * protocol, never how the badge reads. Records written before issue 15 have no kind: they are
 * IV infusions.
 */
export type TreatmentKind = 'iv' | 'im' | 'esketamine' | 'home';
export const TREATMENT_KINDS: readonly TreatmentKind[] = ['iv', 'im', 'esketamine', 'home'];

/** An infusion is identified by its minute: two in the same minute are refused. */
export interface Infusion {
  /** ISO 8601 instant, e.g. "2026-11-20T09:00:00.000Z". */
  at: string;
  /** A booster never counts toward an induction series. */
  kind: 'infusion' | 'booster';
  note?: string;
  /**
   * The kind of treatment it was, stamped when entered, so a course that changes kind keeps
   * its history as entered. Absent (every version 1 entry): the protocol's kind.
   */
  treatment?: TreatmentKind;
}

/**
 * The kind an entry was given as: its own stamp, or for an entry from before kinds (or one never
 * stamped), the protocol's. The one reading of that rule: words, rest day, summary, calendar.
 */
export const treatmentOf = (entry: Pick<Infusion, 'treatment'> | null | undefined, protocolKind: TreatmentKind): TreatmentKind =>
  entry?.treatment ?? protocolKind;

export interface TherapySession {
  at: string;
  kind: 'preparation' | 'kap' | 'integration';
  note?: string;
}

/**
 * A stage of a schedule after the induction series: `times` sessions every `everyWeeks` weeks,
 * for `weeks` weeks, or with `weeks` null for as long as the course goes on (the last stage).
 * Esketamine's label schedule after its series of 8: { weeks: 4, times: 1, everyWeeks: 1 }, then
 * { weeks: null, times: 1, everyWeeks: 2 }. docs/clinical-defaults.md#other-kinds-of-treatment.
 */
export interface Stage {
  weeks: number | null;
  times: number;
  everyWeeks: number;
}

/**
 * The protocol. Its schedule is a list of stages: first the induction series (inductionCount
 * sessions at infusionsPerWeek, the `k/N` of the badge), then `stages`. The series is kept as
 * a count, as version 1 stored it, so every old record means what it meant; an empty `stages`
 * is version 1's "boosters as needed" after the series.
 */
export interface Protocol {
  kind: TreatmentKind;
  /** Sessions in the induction series. Default 6: Murrough 2013; Wilkinson 2021. */
  inductionCount: number;
  /** Induction cadence. Default 2: Singh 2016 (twice weekly as good as three times). */
  infusionsPerWeek: number;
  /** Hours after an infusion that the window stays open. Default 48: clinic guidance. */
  windowHours: number;
  /** Optional booster reminder, weeks after the last infusion. Off by default: Andrade 2017. */
  boosterIntervalWeeks: number | null;
  /** KAP sessions planned, on days other than infusion days. Default 3: clinic convention. */
  therapySessionCount: number;
  /** The stages after the induction series; empty: boosters as needed (the IV protocol). */
  stages: Stage[];
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
} as const satisfies Record<ProtocolNumber, { min: number; max: number }>;

/** The protocol's numbers, each a form field: everything but the kind and the stages. */
export type ProtocolNumber = Exclude<keyof Protocol, 'kind' | 'stages'>;

/** The ranges of a stage's numbers, and how many stages a schedule may have after its series. */
export const STAGE_LIMITS = {
  weeks: { min: 1, max: 52 },
  times: { min: 1, max: 3 },
  everyWeeks: { min: 1, max: 12 },
} as const satisfies Record<keyof Stage, { min: number; max: number }>;
export const MAX_STAGES = 4;

/** Today's IV protocol, as version 1 stored it. */
export const DEFAULT_PROTOCOL: Protocol = {
  kind: 'iv',
  inductionCount: 6,
  infusionsPerWeek: 2,
  windowHours: 48,
  boosterIntervalWeeks: null,
  therapySessionCount: 3,
  stages: [],
};

/** Sessions a stage holds (one with an end: weeks not null): weeks at its cadence, rounded up. */
export const stageCount = (stage: Stage) => Math.ceil((stage.weeks! * stage.times) / stage.everyWeeks);

export const EMPTY_TREATMENT: TreatmentRecord = {
  infusions: [],
  sessions: [],
  protocol: DEFAULT_PROTOCOL,
};

export const NOTE_MAX = 500;

/** Date.parse rolls 30 February over into March; a stored date must name a real day. */
export function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth && !Number.isNaN(Date.parse(iso));
}

/** The shape of Date.prototype.toISOString(), or ISO 8601 with an offset. */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** A stored entry that failed validation, kept aside so nothing is silently lost. */
export interface RejectedValue {
  /** Where it was, e.g. "treatment.infusions[3]". */
  path: string;
  value: unknown;
  problem: string;
}
