import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { CODE_META_NAME, codeOnLandingPage } from '@/utils/clinic/code';
import { OPEN_SETUP, type OpenSetupMessage } from '@/utils/clinic/landingHandshake';

/**
 * Runs on the clinic landing page only. Its `matches` are set in wxt.config.ts from
 * AFTERGLOW_LANDING_ORIGIN; without that variable this script is left out of the build, and
 * the extension runs on no site at all (README.md, "For clinics").
 *
 * It marks the page so the landing page can offer to finish the setup, and when the patient
 * clicks that button (a real click, not a script's), it sends the clinic's code to the
 * background, which opens the setup page. The code is the one built into a clinic's exported
 * page (a <meta>), or else the link's fragment. It reads nothing else from the page.
 */
export default defineContentScript({
  matches: [],
  runAt: 'document_end',
  main() {
    document.documentElement.dataset.afterglowInstalled = 'true';
    document.addEventListener('click', (event) => {
      if (!event.isTrusted) return;
      const target = event.target instanceof Element ? event.target.closest('[data-afterglow-action="finish-setup"]') : null;
      if (!target) return;
      const embedded = document.querySelector(`meta[name="${CODE_META_NAME}"]`)?.getAttribute('content');
      const code = codeOnLandingPage(embedded, location.hash);
      if (!code) return;
      event.preventDefault();
      const message: OpenSetupMessage = { type: OPEN_SETUP, code };
      void browser.runtime.sendMessage(message);
    });
  },
});
