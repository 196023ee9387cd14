import type { Infusion, Protocol, ProtocolNumber, TherapySession, TreatmentRecord } from './record';
import { DEFAULT_PROTOCOL, EMPTY_TREATMENT, ISO_INSTANT, isRealDate, MAX_STAGES, NOTE_MAX, PROTOCOL_LIMITS, STAGE_LIMITS, TREATMENT_KINDS } from './record';

/**
 * The treatment record for the popup's first paint, read without the schema library, which
 * would not fit the first paint's budget (issue 10). The rules are salvageTreatment's
 * (utils/treatment/schema.ts) written out by hand: every valid infusion and session is kept,
 * an invalid protocol reads as the defaults. tests/unit/treatment/firstPaint.test.ts holds the
 * two to the same answer on valid and damaged records. Right after the card is drawn the
 * popup checks the same read in full and sets aside whatever is refused.
 */
type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const onlyKeys = (value: Fields, keys: readonly string[]) => Object.keys(value).every((key) => keys.includes(key));
const isKindOrNone = (value: unknown) => value === undefined || TREATMENT_KINDS.includes(value as never);
const isInstant = (value: unknown) => typeof value === 'string' && ISO_INSTANT.test(value) && isRealDate(value);

const isEntry =
  <T>(kinds: readonly unknown[], extra: string[] = []) =>
  (value: unknown): value is T =>
    isObject(value) &&
    onlyKeys(value, ['at', 'kind', 'note', ...extra]) &&
    isInstant(value.at) &&
    kinds.includes(value.kind) &&
    (value.note === undefined || (typeof value.note === 'string' && value.note.length <= NOTE_MAX)) &&
    isKindOrNone(value.treatment);
const isInfusion = isEntry<Infusion>(['infusion', 'booster'], ['treatment']);
const isSession = isEntry<TherapySession>(['preparation', 'kap', 'integration']);

const within = (n: unknown, { min, max }: { min: number; max: number }) => Number.isInteger(n) && (n as number) >= min && (n as number) <= max;
const KEYS = Object.keys(PROTOCOL_LIMITS) as ProtocolNumber[];
const STAGE_KEYS = Object.keys(STAGE_LIMITS) as Array<keyof typeof STAGE_LIMITS>;
const isStages = (value: unknown) =>
  value === undefined ||
  (Array.isArray(value) &&
    value.length <= MAX_STAGES &&
    value.every(
      (stage, i) =>
        isObject(stage) &&
        onlyKeys(stage, STAGE_KEYS) &&
        STAGE_KEYS.every((key) => within(stage[key], STAGE_LIMITS[key]) || (key === 'weeks' && stage[key] === null && i === value.length - 1)),
    ));
const isProtocol = (value: unknown): value is Protocol =>
  isObject(value) &&
  onlyKeys(value, [...KEYS, 'kind', 'stages']) &&
  isKindOrNone(value.kind) &&
  isStages(value.stages) &&
  KEYS.every((key) => (value[key] === null && key === 'boosterIntervalWeeks') || within(value[key], PROTOCOL_LIMITS[key]));

export function treatmentAtFirstPaint(raw: unknown): TreatmentRecord {
  if (!isObject(raw)) return EMPTY_TREATMENT;
  const { infusions, sessions, protocol } = raw;
  return {
    infusions: Array.isArray(infusions) ? infusions.filter(isInfusion) : [],
    sessions: Array.isArray(sessions) ? sessions.filter(isSession) : [],
    // A version 1 protocol (no kind, no stages) is the IV protocol it was.
    protocol: isProtocol(protocol) ? { ...protocol, kind: protocol.kind ?? 'iv', stages: protocol.stages ?? [] } : DEFAULT_PROTOCOL,
  };
}
