import { browser } from 'wxt/browser';
import { LANDING_ORIGIN } from '../../utils/buildConfig';
import { isSetupRequest, setupPagePath } from '../../utils/landingHandshake';
import { syncManagedClinic } from '../../utils/shell/managedClinic';

/**
 * The clinic's side of the background: first-run onboarding, the landing page handshake, and
 * a clinic profile set by device policy. Registered synchronously from index.ts.
 */
export function registerClinicListeners(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/onboarding.html') });
    void syncManagedClinic();
  });
  browser.runtime.onStartup.addListener(() => void syncManagedClinic());
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void syncManagedClinic();
  });

  // Only our content script on the landing origin may ask, and only for a code-shaped value;
  // the setup page shows the preview, so nothing changes without the patient's confirmation.
  browser.runtime.onMessage.addListener((message, sender) => {
    if (!isSetupRequest(message, sender, browser.runtime.id, LANDING_ORIGIN)) return undefined;
    void browser.tabs.create({ url: browser.runtime.getURL(setupPagePath(message.code)), index: sender.tab ? sender.tab.index + 1 : undefined });
    return undefined;
  });
}
