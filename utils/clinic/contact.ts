import type { PresetId } from '@/utils/habits/record';

/**
 * Small readers of the stored clinic record for the popup and the background, which must stay
 * lean (size budgets): no schema library here. The record was validated in full when it was
 * written (utils/clinic/record.ts); these only refuse a value of the wrong shape, showing nothing
 * rather than something wrong. The options page reads it through the full schema and sets a bad
 * value aside.
 */

export interface ClinicContact {
  name: string;
  phone: string | null;
  /** The phone as a tel: address ("tel:+15550102000"), or null. */
  tel: string | null;
  /** Set by the clinic's device policy, not by a link. */
  managed: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps "+" and digits only: what a phone dials. */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^0-9+]/g, '').replace(/(?!^)\+/g, '');
  return /\d{3,}/.test(digits) ? `tel:${digits}` : null;
}

/** The clinic's name and phone from the stored record, or null when there is no clinic. */
export function clinicContact(raw: unknown): ClinicContact | null {
  if (!isObject(raw) || !isObject(raw.profile)) return null;
  const { name, phone } = raw.profile;
  if (typeof name !== 'string' || name.trim() === '') return null;
  const phoneText = typeof phone === 'string' && phone.trim() !== '' ? phone.trim() : null;
  return { name, phone: phoneText, tel: phoneText ? telHref(phoneText) : null, managed: raw.source === 'policy' };
}

/**
 * The clinic's own nudge texts for a habit (used in rotation by the nudges), or [] for none.
 * For the nudge scheduler and the nudge page: `clinicNudgeTexts(snapshot.clinic, 'morning-light')`.
 */
export function clinicNudgeTexts(raw: unknown, preset: PresetId): string[] {
  if (!isObject(raw) || !isObject(raw.profile) || !isObject(raw.profile.nudgeTexts)) return [];
  const texts = raw.profile.nudgeTexts[preset];
  return Array.isArray(texts) ? texts.filter((s): s is string => typeof s === 'string' && s.trim() !== '') : [];
}
