import type { MessageKey } from '@/utils/catalogue';
import type { TreatmentKind } from './record';

/**
 * The words of each kind of treatment (issue 15): an IV course has infusions, an intramuscular
 * one injections, esketamine nasal spray and at-home courses treatment sessions. A sentence
 * that names the treatment has one catalogue key per family: "phaseInduction" (infusion),
 * "phaseInductionIm", "phaseInductionSession". Small: the popup's first paint carries it.
 */
const FAMILY = { iv: '', im: 'Im', esketamine: 'Session', home: 'Session' } as const satisfies Record<TreatmentKind, string>;

/** A key that has a sentence in every family's words. */
export type KindedKey = { [K in MessageKey]: `${K}Im` extends MessageKey ? (`${K}Session` extends MessageKey ? K : never) : never }[MessageKey];

export const inWordsOf = (key: KindedKey, kind: TreatmentKind) => `${key}${FAMILY[kind]}` as MessageKey;

/** The rest day has its own rule per kind (esketamine's from its label), so a key per kind. */
const REST = { iv: '', im: 'Im', esketamine: 'Esketamine', home: 'Home' } as const satisfies Record<TreatmentKind, string>;
export const restWords = (key: 'restDay' | 'guidanceRestDay', kind: TreatmentKind) => `${key}${REST[kind]}` as MessageKey;
