import type { CatalogueEntry } from './types';
import { general } from './general';
import { phase } from './phase';
import { options } from './options';
import { clinicLink } from './clinicLink';
import { habits } from './habits';
import { yourData } from './yourData';
import { nudges } from './nudges';
import { clinic } from './clinic';
import { measures } from './measures';
import { historyPage } from './historyPage';
import { popup } from './popup';
import { settingsSections } from './settingsSections';
import { crisis } from './crisis';

/**
 * Every sentence Afterglow shows, in one place: a clinic reviewer reads all guidance
 * here, and translators get it as browser.i18n's messages.json (generated at build).
 * Each section is a file of its own; keys are unique across sections (tested).
 */
export const sections = { general, phase, options, clinicLink, habits, yourData, nudges, clinic, measures, historyPage, popup, settingsSections, crisis };
export const catalogue = {
  ...general,
  ...phase,
  ...options,
  ...clinicLink,
  ...habits,
  ...yourData,
  ...nudges,
  ...clinic,
  ...measures,
  ...historyPage,
  ...popup,
  ...settingsSections,
  ...crisis,
};

export type MessageKey = keyof typeof catalogue;

/** The message for `key`, with `$1` … `$9` replaced by `subs` in order. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  const entry: CatalogueEntry = catalogue[key];
  return entry.message.replace(/\$([1-9])/g, (match, n: string) => {
    const sub = subs[Number(n) - 1];
    return sub === undefined ? match : String(sub);
  });
}

/** browser.i18n's messages.json, with `$1` turned into named placeholders as Chrome requires. */
export function messagesJson(): string {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(catalogue) as Array<[string, CatalogueEntry]>) {
    const numbers = [...new Set(entry.message.match(/\$[1-9]/g) ?? [])];
    const description = [entry.description, entry.source && `Source: ${entry.source}`]
      .filter(Boolean)
      .join(' ');
    out[key] = {
      // A lone "$" must be written "$$" in messages.json; "$1" becomes the placeholder "$p1$".
      message: entry.message.replace(/\$(?![1-9])/g, '$$$$').replace(/\$([1-9])/g, '$$p$1$$'),
      ...(description && { description }),
      ...(numbers.length > 0 && {
        placeholders: Object.fromEntries(numbers.map((n) => [`p${n.slice(1)}`, { content: n }])),
      }),
    };
  }
  return JSON.stringify(out, null, 2) + '\n';
}
