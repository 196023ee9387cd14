import type { MessageKey } from '@/utils/catalogue';
import type { TreatmentRecord } from '@/utils/treatment/record';
import { treatmentOf } from '@/utils/treatment/record';
import { phaseAt } from '@/utils/treatment/phaseAt';
import { dayKey } from '@/utils/time/dayKey';
import { inWordsOf as w } from '@/utils/treatment/words';

/**
 * The prompt over the day's note: on an infusion day an intention for the infusion, inside
 * the window what came up and what to carry forward (integration); otherwise, or with prompts
 * switched off, the plain label.
 */
export function moodPromptKey(treatment: TreatmentRecord, prompts: boolean, now: Date): MessageKey {
  if (!prompts) return 'moodNoteLabel';
  const today = dayKey(now);
  const todays = treatment.infusions.find((i) => dayKey(new Date(i.at)) === today);
  // In the words of the day's own treatment, as entered (issue 15).
  if (todays) return w('moodPromptIntention', treatmentOf(todays, treatment.protocol.kind));
  if (phaseAt(treatment, now).window) return 'moodPromptIntegration';
  return 'moodNoteLabel';
}
