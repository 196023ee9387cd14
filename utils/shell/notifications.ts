import { browser } from 'wxt/browser';
import { t } from '@/utils/catalogue';
import type { NudgeMessage } from '@/utils/nudges/message';

/**
 * Chrome shows "Done" and "Snooze 10 min" on the notification. Firefox has no notification
 * buttons (and refuses the option), so there a click opens the nudge page with both choices.
 */
export const NOTIFICATION_BUTTONS = !import.meta.env.FIREFOX;

export async function showNudgeNotification(id: string, nudge: NudgeMessage): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL(nudge.icon as '/'),
    title: nudge.title,
    message: nudge.message,
    ...(NOTIFICATION_BUTTONS && { buttons: [{ title: t('nudgeDone') }, { title: t('nudgeSnooze') }] }),
  });
}

export const clearNotification = (id: string) => browser.notifications.clear(id);
