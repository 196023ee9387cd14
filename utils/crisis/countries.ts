import type { MessageKey } from '@/utils/catalogue';
import type { LineSourceId } from './sources';

/**
 * The crisis lines Afterglow shows, by the patient's country (issue 13): chosen by country,
 * never by the interface language, so a Spanish speaker in the United States sees 988 and a
 * patient in the United Kingdom sees Samaritans whatever language Afterglow speaks. Every number
 * was checked on the page its source names (utils/crisis/sources.ts, docs/crisis-lines.md).
 *
 * Small on purpose: CrisisLink draws these on the popup's first paint. Mexico's and Spain's
 * numbers come from reports of their health ministries' own announcements, not from the
 * ministries' pages, which were not reachable here (docs/crisis-lines.md says which).
 */
export const CRISIS_COUNTRIES = ['US', 'CA', 'MX', 'ES', 'GB', 'other'] as const;
export type CrisisCountry = (typeof CRISIS_COUNTRIES)[number];

export interface CrisisLine {
  /** What the phone or computer dials or opens. */
  href: `tel:${string}` | `sms:${string}`;
  /** The link's words, in the catalogue (utils/catalogue/crisis.ts). */
  label: MessageKey;
  /** Where the number was checked. */
  source: LineSourceId;
}

/**
 * Each country's lines, the crisis line first and the emergency number last. "Another country"
 * has none: it says to call the local emergency number and links to INTERNATIONAL_LIST.
 */
export const CRISIS_LINES: Record<CrisisCountry, readonly CrisisLine[]> = {
  US: [
    { href: 'tel:988', label: 'crisisCall988', source: 'lifeline988' },
    { href: 'sms:988', label: 'crisisText988', source: 'lifeline988' },
    // The same number: Spanish is chosen on the call (press 2) or in the text (AYUDA). The body
    // is not filled in for them: an sms: link with a body opens differently from one system to
    // the next, and a link that opens nothing is worse than one word to type.
    { href: 'tel:988', label: 'crisisCall988Spanish', source: 'lifeline988' },
    { href: 'sms:988', label: 'crisisText988Spanish', source: 'lifeline988' },
    { href: 'tel:911', label: 'crisisCall911', source: 'colorado988and911' },
  ],
  CA: [
    { href: 'tel:988', label: 'crisisCall988', source: 'canada988' },
    { href: 'sms:988', label: 'crisisText988', source: 'canada988' },
    { href: 'tel:911', label: 'crisisCall911', source: 'camh988' },
  ],
  MX: [
    { href: 'tel:8009112000', label: 'crisisCallLineaDeLaVida', source: 'lineaDeLaVida' },
    { href: 'tel:911', label: 'crisisCall911', source: 'mexico911' },
  ],
  ES: [
    { href: 'tel:024', label: 'crisisCall024', source: 'spain024' },
    { href: 'tel:112', label: 'crisisCall112', source: 'eu112' },
  ],
  GB: [
    { href: 'tel:116123', label: 'crisisCallSamaritans', source: 'samaritans' },
    { href: 'tel:999', label: 'crisisCall999', source: 'nhs999' },
  ],
  other: [],
};

/** The sentence above each country's lines. */
export const CRISIS_INTRO: Record<CrisisCountry, MessageKey> = {
  US: 'crisisIntroUS',
  CA: 'crisisIntroCA',
  MX: 'crisisIntroMX',
  ES: 'crisisIntroES',
  GB: 'crisisIntroGB',
  other: 'crisisIntroOther',
};

/** The country's name, in the settings' list. */
export const CRISIS_COUNTRY_NAMES: Record<CrisisCountry, MessageKey> = {
  US: 'crisisCountryUS',
  CA: 'crisisCountryCA',
  MX: 'crisisCountryMX',
  ES: 'crisisCountryES',
  GB: 'crisisCountryGB',
  other: 'crisisCountryOther',
};

/** For "another country": a list of crisis lines the world over (its source: findAHelpline). */
export const INTERNATIONAL_LIST = 'https://findahelpline.com/';

export const isCrisisCountry = (value: unknown): value is CrisisCountry => CRISIS_COUNTRIES.includes(value as CrisisCountry);

/**
 * The country for a BCP 47 language tag (`navigator.language`): its region when Afterglow has
 * that country's lines (`en-GB` → GB, `fr-CA` → CA), "another country" for any other region
 * (`de-DE`, `es-ES`, `es-419`), and the United States when the tag names no region at all
 * (`en`, `es`): the store listing is for the United States, and a browser set to plain English
 * or Spanish says nothing better. The patient can always choose (Settings → About).
 */
export function defaultCountry(locale: string): CrisisCountry {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale.replace(/_/g, '-')).region;
  } catch {
    // Not a language tag: no region to go by.
  }
  if (!region) return 'US';
  return region !== 'other' && isCrisisCountry(region) ? region : 'other';
}

/** The lines to show: the country chosen in the settings, else the browser's region. */
export const crisisCountryFor = (chosen: CrisisCountry | undefined, locale: string): CrisisCountry => chosen ?? defaultCountry(locale);

/**
 * The same from the settings as stored, unchecked (the popup's first paint reads no schema):
 * a value that is not a country reads as not chosen, as utils/settings/salvage.ts reads it.
 */
export function crisisCountryInStored(settings: unknown, locale: string): CrisisCountry {
  const chosen = typeof settings === 'object' && settings !== null ? (settings as { crisisCountry?: unknown }).crisisCountry : undefined;
  return crisisCountryFor(isCrisisCountry(chosen) ? chosen : undefined, locale);
}

/** Settings with the country chosen; null, "from the browser's region", leaves no field behind. */
export function withCrisisCountry<S extends { crisisCountry?: CrisisCountry }>(settings: S, chosen: CrisisCountry | null): S {
  const { crisisCountry: _previous, ...rest } = settings;
  return (chosen === null ? rest : { ...rest, crisisCountry: chosen }) as S;
}
