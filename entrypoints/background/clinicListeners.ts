import { browser } from 'wxt/browser';
import { LANDING_ORIGIN } from '@/utils/buildConfig';
import { isSetupRequest, setupPagePath } from '@/utils/clinic/landingHandshake';

/**
 * The clinic's side of the background: first-run onboarding and the landing page handshake.
 * Registered synchronously from index.ts. A clinic profile set by device policy is applied by
 * the onboarding, options and setup pages (onboarding opens on install), which keeps its
 * validation and planning code out of the service worker's 15 KB budget.
 */
export function registerClinicListeners(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
  });

  // Only our content script on the landing origin may ask, and only for a code-shaped value;
  // the setup page shows the preview, so nothing changes without the patient's confirmation.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isSetupRequest(message, sender, browser.runtime.id, LANDING_ORIGIN)) return undefined;
    void browser.tabs.create({ url: browser.runtime.getURL(setupPagePath(message.code)), index: sender.tab ? sender.tab.index + 1 : undefined });
    return undefined;
  });
}
