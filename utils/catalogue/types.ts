/**
 * One entry of the message catalogue, in the shape of browser.i18n's messages.json.
 * `message` may hold `$1` … `$9` for substitutions.
 * `source` names where a clinical statement comes from (see docs/clinical-defaults.md),
 * so a clinic reviewer can check every piece of guidance in one place.
 */
export interface CatalogueEntry {
  message: string;
  description?: string;
  source?: string;
}

export type CatalogueSection = Record<string, CatalogueEntry>;

/**
 * A section's sentences in another language (issue 13): every key of the English section, each
 * with its message only (descriptions and sources stay in English, for the reviewer).
 */
export type Translation<T extends CatalogueSection> = { readonly [K in keyof T]: string };
