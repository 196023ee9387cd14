import type { MessageKey } from '@/utils/catalogue';
import { t } from '@/utils/catalogue';
import { formatFull, relativeTime } from '@/utils/time/format';
import type { Infusion, TherapySession, TreatmentKind } from './record';
import { toLocalInput } from './edits';
import { inWordsOf } from './words';

export const INFUSION_KINDS: Record<Infusion['kind'], MessageKey> = { infusion: 'kindInfusion', booster: 'kindBooster' };
export const SESSION_KINDS: Record<TherapySession['kind'], MessageKey> = {
  preparation: 'kindPreparation',
  kap: 'kindKap',
  integration: 'kindIntegration',
};

/** Each treatment kind's name, as the "Treatment kind" control offers it. */
export const TREATMENT_KIND_NAMES: Record<TreatmentKind, MessageKey> = {
  iv: 'treatmentKindIv',
  im: 'treatmentKindIm',
  esketamine: 'treatmentKindEsketamine',
  home: 'treatmentKindHome',
};

/** The entry kinds of a treatment list in the words of `kind`: "Treatment session", "Booster". */
export const infusionKinds = (kind: TreatmentKind): Record<Infusion['kind'], MessageKey> => ({
  infusion: inWordsOf('kindInfusion', kind),
  booster: 'kindBooster',
});

/**
 * The treatment list's rows: an entry of another kind than the course's now (entered before
 * the kind changed) is named by its own kind, "IV infusion", as it was entered.
 */
export const treatmentRows = (entries: Infusion[], kind: TreatmentKind, now: Date) =>
  entryRows(entries, infusionKinds(kind), now).map((row, i, rows) => {
    const entry = entries.find((e) => e.at === rows[i]!.at)!;
    return entry.treatment && entry.treatment !== kind && entry.kind === 'infusion'
      ? { ...row, kindLabel: t(TREATMENT_KIND_NAMES[entry.treatment]) }
      : row;
  });

/** The options page's rows for dated entries, newest first, each with its relative time. */
export function entryRows<K extends string>(entries: Array<{ at: string; kind: K; note?: string }>, kinds: Record<K, MessageKey>, now: Date) {
  return [...entries]
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .map((entry) => ({
      at: entry.at,
      localInput: toLocalInput(entry.at),
      kind: entry.kind,
      kindLabel: t(kinds[entry.kind]),
      when: `${formatFull(new Date(entry.at))} · ${relativeTime(entry.at, now)}`,
      ...(entry.note ? { note: entry.note } : {}),
      planned: Date.parse(entry.at) > now.getTime(),
    }));
}

export const kindOptions = <K extends string>(kinds: Record<K, MessageKey>) =>
  (Object.keys(kinds) as K[]).map((value) => ({ value, label: t(kinds[value]) }));
