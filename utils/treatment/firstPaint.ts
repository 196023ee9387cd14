import type { Infusion, Protocol, TherapySession, TreatmentRecord } from './record';
import { DEFAULT_PROTOCOL, EMPTY_TREATMENT, ISO_INSTANT, isRealDate, NOTE_MAX, PROTOCOL_LIMITS } from './record';

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
const isInstant = (value: unknown) => typeof value === 'string' && ISO_INSTANT.test(value) && isRealDate(value);

const isEntry =
  <T>(kinds: readonly unknown[]) =>
  (value: unknown): value is T =>
    isObject(value) &&
    onlyKeys(value, ['at', 'kind', 'note']) &&
    isInstant(value.at) &&
    kinds.includes(value.kind) &&
    (value.note === undefined || (typeof value.note === 'string' && value.note.length <= NOTE_MAX));
const isInfusion = isEntry<Infusion>(['infusion', 'booster']);
const isSession = isEntry<TherapySession>(['preparation', 'kap', 'integration']);

const KEYS = Object.keys(PROTOCOL_LIMITS) as Array<keyof Protocol>;
const isProtocol = (value: unknown): value is Protocol =>
  isObject(value) &&
  onlyKeys(value, KEYS) &&
  KEYS.every((key) => {
    const n = value[key];
    const { min, max } = PROTOCOL_LIMITS[key];
    return (n === null && key === 'boosterIntervalWeeks') || (Number.isInteger(n) && (n as number) >= min && (n as number) <= max);
  });

export function treatmentAtFirstPaint(raw: unknown): TreatmentRecord {
  if (!isObject(raw)) return EMPTY_TREATMENT;
  const { infusions, sessions, protocol } = raw;
  return {
    infusions: Array.isArray(infusions) ? infusions.filter(isInfusion) : [],
    sessions: Array.isArray(sessions) ? sessions.filter(isSession) : [],
    protocol: isProtocol(protocol) ? protocol : DEFAULT_PROTOCOL,
  };
}
