import { clinicNudgeTexts } from '@/utils/clinic/contact';
import type { PresetId } from '@/utils/habits/record';
import { clinicItem } from './storage';

/**
 * For the nudges: the clinic's own texts for a habit, to use in rotation, or [] when there is
 * no clinic or it wrote none. Light on purpose (no schema library): the background reads it.
 */
export async function loadClinicNudgeTexts(preset: PresetId): Promise<string[]> {
  return clinicNudgeTexts(await clinicItem.getValue(), preset);
}
