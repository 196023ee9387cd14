/**
 * The shape of a clinic link's code, with no dependencies, so the content script and the
 * background can recognise one cheaply. Decoding and validation live in utils/clinic/link.ts.
 */

/** The fragment parameter: https://landing.example/#afterglow=<code>. */
export const LINK_PARAM = 'afterglow';

/** The whole encoded code may be at most this long (issue #5: at most 2 KB). */
export const MAX_CODE_LENGTH = 2048;

/**
 * What a code picks up on its way through paper, email and chat, and what it never contains:
 * spaces and line breaks (a handout prints the code in groups, mail wraps long links), soft
 * hyphens (word processors hyphenate long words with them) and zero-width characters (chat
 * apps break long words with them). Issue 17: they are dropped before a code is read. A hard
 * hyphen is part of base64url, so it stays, and a code that gained one fails its checksum.
 */
const NOISE = /[\s\u00AD\u200B-\u200D\u2060\uFEFF]+/g;
export const withoutNoise = (text: string) => text.replace(NOISE, '');

/** The code in groups of `size`, for a person to read off paper and type ("1.eJyr VkrL…"). */
export const groupCode = (code: string, size = 5): string[] => code.match(new RegExp(`.{1,${size}}`, 'g')) ?? [];

/** The `<meta name>` that holds the code in a clinic's exported landing page (no fragment needed). */
export const CODE_META_NAME = 'afterglow-code';

/**
 * The code a landing page carries: the one built into a clinic's exported page wins, so a
 * link to that clinic's address cannot show another clinic's profile; otherwise the fragment's.
 */
export function codeOnLandingPage(metaContent: string | null | undefined, hash: string): string | null {
  const embedded = metaContent ? withoutNoise(metaContent) : '';
  return embedded !== '' ? embedded : codeInFragment(hash);
}

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
