import { browser } from 'wxt/browser';
import type { MessageKey } from './index';
import { resolvePlurals } from './plural';

/**
 * `t` as the built extension runs it: through browser.i18n, from the messages.json that the
 * build generates from this catalogue, in the language the browser chose (issue 13). wxt.config.ts
 * resolves imports of ./index to this file, so no page or worker carries every sentence of
 * every other page in its bundle. Unit tests and the static site use ./index itself, with the
 * same words.
 */
export type { MessageKey };

// WXT types getMessage from public/_locales, which this project generates at build instead.
const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;

// The catalogue's own language, not getUILanguage(): the two can disagree (headless Chromium
// with --lang=es answers en-US), and plurals must follow the words shown.
let language: string | undefined;

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  language ??= getMessage('catalogueLocale') || 'en';
  return resolvePlurals(getMessage(key, subs.map(String)), language);
}
