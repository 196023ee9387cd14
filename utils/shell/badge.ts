import { browser } from 'wxt/browser';
import type { BadgeView } from '@/utils/treatment/badge';

/** Shows a badge view on the toolbar button. */
export async function showBadge(view: BadgeView): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: view.text }),
    browser.action.setTitle({ title: view.title }),
    browser.action.setBadgeBackgroundColor({ color: view.color }),
  ]);
  // Chrome picks a badge text colour on its own; set it where supported so contrast is certain.
  await browser.action.setBadgeTextColor?.({ color: '#ffffff' });
}
