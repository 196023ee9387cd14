/**
 * The treatment record: what the patient entered about their infusions and therapy
 * sessions, and the protocol their clinic follows. Stored in storage.local under
 * `treatment`, read with the other records by utils/stored/snapshot.ts through salvageTreatment
 * (utils/treatment/schema.ts). A change of shape is read by shape there, so old records keep
 * meaning what they meant.
 */
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
