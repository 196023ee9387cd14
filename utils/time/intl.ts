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

/** A date format in formatLocale(), made when first used and again only if the language changes. */
export function dateFormat(options: Intl.DateTimeFormatOptions) {
  let made: Intl.DateTimeFormat | undefined;
  let madeFor = '';
  return {
    format(date: Date | number) {
      const locale = formatLocale();
      if (!made || madeFor !== locale) made = new Intl.DateTimeFormat((madeFor = locale), options);
      return made.format(date);
    },
  };
}

/** "hace 10 horas", "in 3 days" in formatLocale(). */
export const relativeFormat = () => new Intl.RelativeTimeFormat(formatLocale(), { numeric: 'always' });
