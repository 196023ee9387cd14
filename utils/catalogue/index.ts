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
import { languageInfo } from './languageInfo';
import { es } from './es';
import { resolvePlurals } from './plural';
import { clinicSchedule } from './clinicSchedule';
import { crisis } from './crisis';

/**
 * Every sentence Afterglow shows, in one place: a clinic reviewer reads all guidance
 * here, and translators get it as browser.i18n's messages.json (generated at build).
 * Each section is a file of its own; keys are unique across sections (tested).
 */
export const sections = { languageInfo, general, phase, options, clinicLink, habits, yourData, nudges, clinic, measures, historyPage, popup, settingsSections, clinicSchedule, crisis };
export const catalogue = {
  ...languageInfo,
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
  ...clinicSchedule,
  ...crisis,
};

export type MessageKey = keyof typeof catalogue;

/** The languages Afterglow speaks (issue 13); English is the default and the fallback. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Every message of a language: the English catalogue's own, or a translation's. */
export const messagesOf = (language: Language): Record<MessageKey, string> =>
  language === 'es' ? es : (Object.fromEntries(Object.entries(catalogue).map(([k, e]) => [k, (e as CatalogueEntry).message])) as Record<MessageKey, string>);

let current: Language = 'en';
let messages: Record<MessageKey, string> | null = null;

/**
 * The language `t` speaks here. In the extension browser.i18n chooses (./browserI18n.ts); this
 * is for the unit tests and the static site (the clinic's landing page and builder).
 */
export function setLanguage(language: Language): void {
  current = language;
  messages = null;
}

/** The language of the browser's preferred list that Afterglow speaks, else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    if ((LANGUAGES as readonly string[]).includes(language!)) return language as Language;
  }
  return 'en';
}

/** The message for `key`, with `$1` … `$9` replaced by `subs` in order, and plural forms chosen. */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  messages ??= messagesOf(current);
  const message = messages[key].replace(/\$([1-9])/g, (match, n: string) => {
    const sub = subs[Number(n) - 1];
    return sub === undefined ? match : String(sub);
  });
  return resolvePlurals(message, current);
}

/**
 * browser.i18n's messages.json for a language, with `$1` turned into named placeholders as
 * Chrome requires. Descriptions and sources stay in English, for the reviewer.
 */
export function messagesJson(language: Language = 'en'): string {
  const out: Record<string, unknown> = {};
  const words = messagesOf(language);
  for (const [key, english] of Object.entries(catalogue) as Array<[MessageKey, CatalogueEntry]>) {
    const entry = { ...english, message: words[key] };
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
