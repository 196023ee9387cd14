import { browser } from 'wxt/browser';
import type { MessageKey } from './index';

/**
 * `t` as the built extension runs it: through browser.i18n, from the messages.json that the
 * build generates from this catalogue. wxt.config.ts resolves imports of ./index to this
 * file, so no page or worker carries every sentence of every other page in its bundle.
 * Unit tests and the static site use ./index itself, with the same words.
 */
export type { MessageKey };

// WXT types getMessage from public/_locales, which this project generates at build instead.
const getMessage = browser.i18n.getMessage as (key: string, substitutions?: string[]) => string;

export function t(key: MessageKey, ...subs: Array<string | number>): string {
  return getMessage(key, subs.map(String));
}
