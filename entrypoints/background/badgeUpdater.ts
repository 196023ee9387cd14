import { browser } from 'wxt/browser';
import { showBadge } from '@/utils/shell/badge';
import { loadSnapshot } from '@/utils/shell/snapshot';
import { badgeFor, nextBadgeChange } from '@/utils/treatment/badge';
import { phaseAt } from '@/utils/treatment/phaseAt';

/** The one alarm that keeps the badge true: set for the next moment its text can change. */
export const BADGE_ALARM = 'badge';

/** Shows the phase on the toolbar now, and sets the alarm for its next change. */
export async function refreshBadge(now = new Date()): Promise<void> {
  const { treatment } = await loadSnapshot(now);
  await showBadge(badgeFor(phaseAt(treatment, now), now));
  const next = nextBadgeChange(treatment, now);
  if (next) await browser.alarms.create(BADGE_ALARM, { when: next.getTime() });
  else await browser.alarms.clear(BADGE_ALARM);
}
