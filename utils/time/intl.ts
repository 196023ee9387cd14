import { t } from '@/utils/catalogue';

/**
 * The locale dates and numbers are written in (issue 13): the language of the catalogue in use,
 * with the browser's region when the browser speaks that same language (en-GB keeps "1 Dec",
 * es-MX its own forms). Derived from the catalogue, not from getUILanguage(), so the date on a
 * page is always in the language of the words around it.
 */
export function formatLocale(): string {
  const language = t('catalogueLocale');
  const browser = typeof navigator === 'undefined' ? '' : navigator.language;
  return browser.toLowerCase().split('-')[0] === language ? browser : language;
}

const made = new Map<string, Intl.DateTimeFormat>();

/** A date format in formatLocale(), made once per locale and options, when first used. */
export function dateFormat(options: Intl.DateTimeFormatOptions) {
  const get = () => {
    const locale = formatLocale();
    const key = locale + JSON.stringify(options);
    let format = made.get(key);
    if (!format) made.set(key, (format = new Intl.DateTimeFormat(locale, options)));
    return format;
  };
  return {
    format: (date: Date | number) => get().format(date),
    formatToParts: (date: Date | number) => get().formatToParts(date),
  };
}

/** "hace 10 horas", "in 3 days" in formatLocale(). */
export const relativeFormat = () => new Intl.RelativeTimeFormat(formatLocale(), { numeric: 'always' });
