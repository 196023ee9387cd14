/**
 * The shape of a clinic link's code, with no dependencies, so the content script and the
 * background can recognise one cheaply. Decoding and validation live in utils/clinic/link.ts.
 */

/** The fragment parameter: https://landing.example/#afterglow=<code>. */
export const LINK_PARAM = 'afterglow';

/** The whole encoded code may be at most this long (issue #5: at most 2 KB). */
export const MAX_CODE_LENGTH = 2048;

/** "<version>.<base64url>", within the length limit. */
export const looksLikeCode = (code: unknown): code is string =>
  typeof code === 'string' && code.length <= MAX_CODE_LENGTH && /^\d+\.[A-Za-z0-9_-]+$/.test(code);

/** The code in a location's fragment ("#afterglow=1.eJy…"), or null. */
export function codeInFragment(hash: string): string | null {
  const match = new RegExp(`^#(?:.*&)?${LINK_PARAM}=([^&]*)`).exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}
