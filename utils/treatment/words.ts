import type { MessageKey } from '@/utils/catalogue';
import type { TreatmentKind } from './record';

/**
 * The words of each kind of treatment (issue 15): an IV course has infusions, an intramuscular
 * one injections, esketamine nasal spray and at-home courses treatment sessions. A sentence
 * that names the treatment has one catalogue key per family: "phaseInduction" (infusion),
 * "phaseInductionIm", "phaseInductionSession". Small: the popup's first paint carries it.
 */

/** A key that has a sentence in every family's words. */
export type KindedKey = { [K in MessageKey]: `${K}Im` extends MessageKey ? (`${K}Session` extends MessageKey ? K : never) : never }[MessageKey];

export const inWordsOf = (key: KindedKey, kind: TreatmentKind) => (key + (kind === 'iv' ? '' : kind === 'im' ? 'Im' : 'Session')) as MessageKey;

