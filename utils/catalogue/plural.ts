/**
 * Plural forms inside a message (issue 13): `{{$1: one=# hour | other=# hours}}`. After the
 * number is put in, the block becomes the form Intl.PluralRules picks for it in the
 * catalogue's language, with `#` replaced by the number; a form the message lacks falls back
 * to `other`. English needs `one` and `other`; Spanish adds `many` for millions, which falls
 * back to `other` unless written. browser.i18n has no plurals of its own, so both `t`s
 * (./index.ts and ./browserI18n.ts) run their result through this. Small: the background and
 * the popup's first paint carry it.
 */
const form = (body: string, category: string) => body.match(RegExp(`(?:^|\\|)\\s*${category}=([^|]*)`))?.[1]?.trim();

export const resolvePlurals = (text: string, locale: string): string =>
  text.replace(/\{\{(-?\d+(?:\.\d+)?): ([^{}]*)\}\}/g, (_, n: string, body: string) =>
    (form(body, new Intl.PluralRules(locale).select(+n)) ?? form(body, 'other') ?? '').replace(/#/g, n),
  );

/** The plural blocks of a message, for the catalogue tests: each must have an `other` form. */
export const pluralBlocks = (message: string): string[] => [...message.matchAll(/\{\{\$([1-9]): ([^{}]*)\}\}/g)].map((m) => m[2]!);
