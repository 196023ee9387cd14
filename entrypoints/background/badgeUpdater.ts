import { browser } from 'wxt/browser';
import { badgeFor, nextBadgeChange } from '@/utils/treatment/badge';
import { phaseAt } from '@/utils/treatment/phaseAt';
import { showBadge } from '@/utils/shell/badge';
import { loadTreatment } from '@/utils/shell/treatmentStore';
import type { TreatmentRecord } from '@/utils/treatment/record';

/** The one alarm that keeps the badge true: set for the next moment its text can change. */
export const BADGE_ALARM = 'badge';

/** Shows the phase on the toolbar now, and sets the alarm for its next change. */
export async function refreshBadge(record?: TreatmentRecord, now = new Date()): Promise<void> {
  const treatment = record ?? (await loadTreatment());
  await showBadge(badgeFor(phaseAt(treatment, now)));
  const next = nextBadgeChange(treatment, now);
  if (next) await browser.alarms.create(BADGE_ALARM, { when: next.getTime() });
  else await browser.alarms.clear(BADGE_ALARM);
}
