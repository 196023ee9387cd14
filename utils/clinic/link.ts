import { t } from '@/utils/catalogue';
import type { ClinicProfile, ClinicProfileProblem } from './profile';
import { CLINIC_PROFILE_VERSION, validateClinicProfile } from './profile';
import { LINK_PARAM, MAX_CODE_LENGTH, withoutNoise } from './code';

/**
 * A clinic link: the landing page's address with the profile in the fragment, which browsers
 * never send to a server:   https://clinic-landing.example/#afterglow=1.eJyrVk...
 * The code after "afterglow=" is "<format version>.<base64url of the deflated JSON>". Deflate's
 * Adler-32 check catches a damaged or truncated code. It is integrity, not authenticity:
 * anyone can make a link, which is why the patient always sees a preview before anything applies.
 */
export { LINK_PARAM, MAX_CODE_LENGTH } from './code';
/** A code this short can never inflate to more than this; refuse anything larger (a zip bomb). */
const MAX_JSON_LENGTH = 16 * 1024;

const toBase64Url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function pipeBytes(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(transform);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) throw new Error('too large');
    chunks.push(chunk);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The code for a profile: "1." + base64url(deflate(JSON)). */
export async function encodeClinicProfile(profile: ClinicProfile): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(profile));
  const packed = await pipeBytes(json, new CompressionStream('deflate'));
  return `${CLINIC_PROFILE_VERSION}.${toBase64Url(packed)}`;
}

/** The whole link for a landing page address. */
export async function buildClinicLink(landingUrl: string, profile: ClinicProfile): Promise<string> {
  const url = new URL(landingUrl);
  url.hash = `${LINK_PARAM}=${await encodeClinicProfile(profile)}`;
  return url.toString();
}

export type ClinicLinkResult = { ok: true; profile: ClinicProfile; code: string } | { ok: false; error: string };

/**
 * Finds the code in a pasted link, a fragment ("#afterglow=…"), or the code alone, typed or
 * pasted in groups and across lines: a link never holds spaces, so all noise goes first.
 */
export function extractCode(input: string): string | null {
  const text = withoutNoise(input);
  const inFragment = new RegExp(`(?:^|[#&?])${LINK_PARAM}=([^&]*)`).exec(text);
  if (inFragment) {
    try {
      return withoutNoise(decodeURIComponent(inFragment[1]!));
    } catch {
      return inFragment[1]!; // malformed escapes: left as they are, refused as damaged below
    }
  }
  return /^\d+\.[A-Za-z0-9_-]+$/.test(text) ? text : null;
}

const fieldProblem = (problem: ClinicProfileProblem): string => {
  switch (problem.kind) {
    case 'patient-field':
      return t('clinicErrorPatientField', problem.field);
    case 'unknown-field':
      return t('clinicErrorUnknownField', problem.field);
    case 'markup':
      return t('clinicErrorMarkup', t(problem.field));
    case 'website':
      return t('clinicErrorWebsite');
    case 'field':
      return t('clinicErrorField', t(problem.field), problem.why);
    case 'not-a-profile':
      return t('clinicErrorDamaged');
  }
};

/**
 * Reads a clinic link (or its code) into a validated profile, or a sentence saying what is
 * wrong. Never throws; nothing is applied here.
 */
export async function parseClinicLink(input: string): Promise<ClinicLinkResult> {
  if (input.trim() === '') return { ok: false, error: t('clinicErrorEmpty') };
  const code = extractCode(input);
  if (code === null) return { ok: false, error: t('clinicErrorNotALink') };
  if (code.length > MAX_CODE_LENGTH) return { ok: false, error: t('clinicErrorTooLong', code.length, MAX_CODE_LENGTH) };
  const dot = code.indexOf('.');
  const version = Number(code.slice(0, dot));
  if (dot < 1 || !Number.isInteger(version)) return { ok: false, error: t('clinicErrorNotALink') };
  if (version > CLINIC_PROFILE_VERSION) return { ok: false, error: t('clinicErrorNewerVersion', version) };
  if (version < 1) return { ok: false, error: t('clinicErrorNotALink') };

  const packed = fromBase64Url(code.slice(dot + 1));
  if (!packed) return { ok: false, error: t('clinicErrorDamaged') };
  let value: unknown;
  try {
    const json = await pipeBytes(packed, new DecompressionStream('deflate'), MAX_JSON_LENGTH);
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { ok: false, error: t('clinicErrorDamaged') };
  }
  const checked = validateClinicProfile(value, version);
  return checked.ok ? { ok: true, profile: checked.profile, code } : { ok: false, error: fieldProblem(checked.problem) };
}

export type MadeClinicCode = { ok: true; code: string } | { ok: false; error: string };

/**
 * The setup code for a validated profile, which every clinic gets (with or without a landing
 * page), or the sentence saying it would be longer than any Afterglow can read.
 */
export async function makeClinicCode(profile: ClinicProfile): Promise<MadeClinicCode> {
  const code = await encodeClinicProfile(profile);
  return code.length > MAX_CODE_LENGTH ? { ok: false, error: t('clinicLinkTooLong', code.length, MAX_CODE_LENGTH) } : { ok: true, code };
}

/**
 * The link a clinic hands out. On a shared landing page the code rides in the fragment; on the
 * clinic's own exported page (`ownPage`) the code is built into the page, so the address alone
 * is the link, short enough to type and a small QR code.
 */
export function linkForCode(landingUrl: string, code: string, ownPage: boolean): string {
  const url = new URL(landingUrl);
  url.hash = ownPage ? '' : `${LINK_PARAM}=${code}`;
  return url.toString();
}
