import { addYears } from 'date-fns';
import { t, type MessageKey } from '@/utils/catalogue';
import type { Infusion, ProtocolNumber, Stage, TherapySession, TreatmentKind, TreatmentRecord } from './record';
import { MAX_STAGES, PROTOCOL_LIMITS, STAGE_LIMITS, treatmentOf } from './record';
import { KIND_PRESETS } from './presets';
import { inWordsOf, type KindedKey } from './words';

/**
 * The edits a patient makes on the options page, as pure functions. Each returns the new
 * record, or the sentence to show next to the field; bad input changes nothing.
 */
export type EditResult = { ok: true; record: TreatmentRecord } | { ok: false; field: string; error: string };

const EARLIEST = new Date(2000, 0, 1);
const pad = (n: number) => String(n).padStart(2, '0');

/** The value of <input type="datetime-local"> for an instant: "2026-11-27T09:30", local time. */
export function toLocalInput(at: string | Date): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Reads "2026-11-27T09:30" (seconds allowed) as local time; null unless it names a real moment. */
function readLocalInput(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(value);
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(y, mo - 1, d, h, mi);
  // new Date rolls 30 February over into March: refuse anything that moved.
  return date.getMonth() === mo - 1 && date.getDate() === d && h < 24 && mi < 60 ? date : null;
}

/** Parses a datetime-local value into an ISO instant, or says what is wrong with it. */
export function parseLocalDateTime(value: string, now: Date): { at: string } | { error: string } {
  const trimmed = value.trim();
  if (trimmed === '') return { error: t('errorDateEmpty') };
  const date = readLocalInput(trimmed);
  if (!date) return { error: t('errorDateMalformed') };
  if (date < EARLIEST) return { error: t('errorDateTooEarly') };
  if (date > addYears(now, 1)) return { error: t('errorDateTooLate') };
  return { at: date.toISOString() };
}

const sameMinute = (a: string, b: string) => Math.floor(Date.parse(a) / 60_000) === Math.floor(Date.parse(b) / 60_000);

type Entry = { at: string; kind: string; note?: string; treatment?: TreatmentKind };

function upsert<T extends Entry>(
  list: T[],
  field: string,
  input: { at: string; kind: T['kind']; note?: string; treatment?: TreatmentKind },
  now: Date,
  replacing: string | null,
  duplicateError: MessageKey,
): { ok: true; list: T[] } | { ok: false; field: string; error: string } {
  const parsed = parseLocalDateTime(input.at, now);
  if ('error' in parsed) return { ok: false, field, error: parsed.error };
  const others = list.filter((e) => e.at !== replacing);
  if (others.some((e) => sameMinute(e.at, parsed.at))) {
    return { ok: false, field, error: t(duplicateError) };
  }
  const note = input.note?.trim();
  const entry = { at: parsed.at, kind: input.kind, ...(note ? { note: note.slice(0, 500) } : {}), ...(input.treatment ? { treatment: input.treatment } : {}) } as T;
  return { ok: true, list: [...others, entry].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)) };
}

export function saveInfusion(
  record: TreatmentRecord,
  input: { at: string; kind: Infusion['kind']; note?: string },
  now: Date,
  replacing: string | null = null,
): EditResult {
  // Stamped with the kind it is entered as (an edit keeps the stamp it had), so the history
  // stays as entered if the kind changes later.
  const treatment = treatmentOf(record.infusions.find((i) => i.at === replacing), record.protocol.kind);
  const duplicate = inWordsOf('errorDuplicateInfusion', record.protocol.kind);
  const result = upsert(record.infusions, 'infusion-at', { ...input, treatment }, now, replacing, duplicate);
  return result.ok ? { ok: true, record: { ...record, infusions: result.list } } : result;
}

export function saveSession(
  record: TreatmentRecord,
  input: { at: string; kind: TherapySession['kind']; note?: string },
  now: Date,
  replacing: string | null = null,
): EditResult {
  const result = upsert(record.sessions, 'session-at', input, now, replacing, 'errorDuplicateSession');
  return result.ok ? { ok: true, record: { ...record, sessions: result.list } } : result;
}

/**
 * Two infusions this close are more likely one entered twice (or a time corrected by adding
 * anew) than two doses: a second within hours would count one too many in the series and time
 * the window from the later one. Asked, never refused (issue 16).
 */
export const SAME_INFUSION_HOURS = 6;

/**
 * The stored infusion within SAME_INFUSION_HOURS of the one being entered (other than the one
 * being changed), nearest first; null if none, or if the input is not a valid date.
 */
export function nearbyInfusion(record: TreatmentRecord, input: string, now: Date, replacing: string | null = null): Infusion | null {
  const parsed = parseLocalDateTime(input, now);
  if ('error' in parsed) return null;
  const at = Date.parse(parsed.at);
  const near = record.infusions
    .filter((i) => i.at !== replacing && !sameMinute(i.at, parsed.at))
    .map((i) => ({ i, gap: Math.abs(Date.parse(i.at) - at) }))
    .filter(({ gap }) => gap <= SAME_INFUSION_HOURS * 3_600_000)
    .sort((a, b) => a.gap - b.gap);
  return near[0]?.i ?? null;
}

/** Puts a deleted entry back as it was (Undo); a no-op if one is already at that minute. */
export function restoreEntry<T extends Entry>(list: T[], entry: T): T[] {
  if (list.some((e) => sameMinute(e.at, entry.at))) return list;
  return [...list, entry].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

export function removeInfusion(record: TreatmentRecord, at: string): TreatmentRecord {
  return { ...record, infusions: record.infusions.filter((i) => i.at !== at) };
}

export function removeSession(record: TreatmentRecord, at: string): TreatmentRecord {
  return { ...record, sessions: record.sessions.filter((s) => s.at !== at) };
}

/** The catalogue key of each protocol field's label (in the infusion words; see protocolLabel). */
export const PROTOCOL_LABELS: Record<ProtocolNumber, MessageKey> = {
  inductionCount: 'protocolInductionCount',
  infusionsPerWeek: 'protocolInfusionsPerWeek',
  windowHours: 'protocolWindowHours',
  boosterIntervalWeeks: 'protocolBoosterIntervalWeeks',
  therapySessionCount: 'protocolTherapySessionCount',
};
const KINDED_LABELS: Partial<Record<ProtocolNumber, KindedKey>> = {
  inductionCount: 'protocolInductionCount',
  infusionsPerWeek: 'protocolInfusionsPerWeek',
  windowHours: 'protocolWindowHours',
};

/** A protocol field's label in the words of the kind: "Treatment sessions in the series". */
export const protocolLabel = (key: ProtocolNumber, kind: TreatmentKind) => {
  const kinded = KINDED_LABELS[key];
  return t(kinded ? inWordsOf(kinded, kind) : PROTOCOL_LABELS[key]);
};

/**
 * Chooses the kind of treatment: its preset schedule (the series and the stages after it)
 * replaces the schedule; the window, booster reminder and therapy sessions stay as set, and
 * every dated entry stays as entered.
 */
export function setTreatmentKind(record: TreatmentRecord, kind: TreatmentKind): TreatmentRecord {
  const { inductionCount, infusionsPerWeek, stages } = KIND_PRESETS[kind];
  return { ...record, protocol: { ...record.protocol, kind, inductionCount, infusionsPerWeek, stages } };
}

const STAGE_LABELS: Record<keyof Stage, MessageKey> = { weeks: 'stageWeeks', times: 'stageTimes', everyWeeks: 'stageEveryWeeks' };

/** A stage added after the last: weekly and open-ended; the open-ended one before it gets CLOSED_STAGE_WEEKS. */
export const NEW_STAGE: Stage = { weeks: null, times: 1, everyWeeks: 1 };
export const CLOSED_STAGE_WEEKS = 4;

/**
 * Reads one number of stage `index` (of `count` stages) from its field; an empty weeks field
 * makes the last stage open-ended. The options page and the clinic link builder both read
 * stages here, so a wrong number gets the same sentence in both.
 */
export function readStageField(index: number, count: number, key: keyof Stage, raw: string): { ok: true; value: number | null } | { ok: false; error: string } {
  const trimmed = raw.trim();
  if (key === 'weeks' && trimmed === '') {
    return index === count - 1 ? { ok: true, value: null } : { ok: false, error: t('stageOpenNotLast') };
  }
  const { min, max } = STAGE_LIMITS[key];
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(value) || value < min || value > max) {
    return { ok: false, error: t('stageOutOfRange', t(STAGE_LABELS[key]), min, max) };
  }
  return { ok: true, value };
}

/** Sets one number of stage `index` from its field; an empty weeks field makes the last stage open-ended. */
export function setStageValue(record: TreatmentRecord, index: number, key: keyof Stage, raw: string): EditResult {
  const stages = record.protocol.stages;
  const field = `stage-${index}-${key}`;
  if (!stages[index]) return { ok: false, field, error: t('stageOpenNotLast') };
  const read = readStageField(index, stages.length, key, raw);
  if (!read.ok) return { ok: false, field, error: read.error };
  const next = stages.map((s, i) => (i === index ? { ...s, [key]: read.value } : s));
  return { ok: true, record: { ...record, protocol: { ...record.protocol, stages: next } } };
}

/** Adds a stage after the last: weekly and open-ended; the one before it gets an end of 4 weeks. */
export function addStage(record: TreatmentRecord): EditResult {
  const stages = record.protocol.stages;
  if (stages.length >= MAX_STAGES) return { ok: false, field: 'stages', error: t('stageTooMany', MAX_STAGES) };
  const closed = stages.map((s) => (s.weeks === null ? { ...s, weeks: CLOSED_STAGE_WEEKS } : s));
  return { ok: true, record: { ...record, protocol: { ...record.protocol, stages: [...closed, NEW_STAGE] } } };
}

/** Removes stage `index`; if the last goes, the one before it becomes the last (with its weeks). */
export function removeStage(record: TreatmentRecord, index: number): TreatmentRecord {
  return { ...record, protocol: { ...record.protocol, stages: record.protocol.stages.filter((_, i) => i !== index) } };
}

/** Sets one protocol number from a form field; an empty booster field turns the reminder off. */
export function setProtocolValue(record: TreatmentRecord, key: ProtocolNumber, raw: string): EditResult {
  const trimmed = raw.trim();
  if (key === 'boosterIntervalWeeks' && trimmed === '') {
    return { ok: true, record: { ...record, protocol: { ...record.protocol, boosterIntervalWeeks: null } } };
  }
  const { min, max } = PROTOCOL_LIMITS[key];
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(value) || value < min || value > max) {
    const message = key === 'boosterIntervalWeeks' ? 'protocolBoosterOutOfRange' : 'protocolOutOfRange';
    return { ok: false, field: key, error: t(message, protocolLabel(key, record.protocol.kind), min, max) };
  }
  return { ok: true, record: { ...record, protocol: { ...record.protocol, [key]: value } } };
}
