import type { MessageKey } from '@/utils/catalogue';
import { t } from '@/utils/catalogue';
import { formatFull, relativeTime } from '@/utils/time/format';
import type { Infusion, TherapySession } from './record';
import { toLocalInput } from './edits';

export const INFUSION_KINDS: Record<Infusion['kind'], MessageKey> = { infusion: 'kindInfusion', booster: 'kindBooster' };
export const SESSION_KINDS: Record<TherapySession['kind'], MessageKey> = {
  preparation: 'kindPreparation',
  kap: 'kindKap',
  integration: 'kindIntegration',
};

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
