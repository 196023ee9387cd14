/**
 * Plural forms inside a message (issue 13): `{{$1: one=# hour | other=# hours}}`. After the
 * number is put in, the block becomes the form Intl.PluralRules picks for it in the
 * catalogue's language, with `#` replaced by the number; a form the message lacks falls back
 * to `other`. English needs `one` and `other`; Spanish adds `many` for millions, which falls
 * back to `other` unless written. browser.i18n has no plurals of its own, so both `t`s
 * (./index.ts and ./browserI18n.ts) run their result through this.
 */
const BLOCK = /\{\{(-?\d+(?:\.\d+)?): ([^{}]*)\}\}/g;

const rules = new Map<string, Intl.PluralRules>();
const rulesFor = (locale: string) => {
  let found = rules.get(locale);
  if (!found) rules.set(locale, (found = new Intl.PluralRules(locale)));
  return found;
};

export function resolvePlurals(text: string, locale: string): string {
  if (!text.includes('{{')) return text;
  return text.replace(BLOCK, (_, number: string, body: string) => {
    const forms = new Map(
      body.split('|').map((form) => {
        const at = form.indexOf('=');
        return [form.slice(0, at).trim(), form.slice(at + 1).trim()] as const;
      }),
    );
    const form = forms.get(rulesFor(locale).select(Number(number))) ?? forms.get('other') ?? '';
    return form.replace(/#/g, number);
  });
}

/** The plural blocks of a message, for the catalogue tests: each must have an `other` form. */
export const pluralBlocks = (message: string): string[] => [...message.matchAll(/\{\{\$([1-9]): ([^{}]*)\}\}/g)].map((m) => m[2]!);
