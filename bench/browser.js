// Debian's Chromium with Afterglow's store build and the floor extension loaded side by side,
// launched as tests/e2e/extension.ts launches it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, chromiumArgs } from '../scripts/chromium.js';
import { openUntilIdle } from './measure.js';
import { seedThroughOptions } from './seedThroughOptions.js';

// Playwright's network inspection of service workers is not needed here and only adds DevTools
// traffic to each worker start (read when playwright-core loads, so set first).
process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK = '1';
const { chromium } = await import('playwright-core');

export const FLOOR_DIR = resolve('bench/floor');

/** The popup's main element: the phase card, or with no data the first screen in its place (components/FirstScreen.tsx). */
export const popupSelector = (scenario) => (scenario === 'none' ? 'section.first-screen' : '[data-testid="phase-card"]');
const FLOOR_NAME = 'Afterglow benchmark floor';

/**
 * Launches Chromium with the store build in `storeDir` and the floor. `seed(scenario, options)`
 * puts a scenario's data in place through Afterglow's options page (bench/seedThroughOptions.js,
 * its Node modules bundled into `workDir`).
 */
export async function launchBench(storeDir, workDir) {
  const seedThroughPage = await seedThroughOptions(workDir);
  const profile = mkdtempSync(join(tmpdir(), 'afterglow-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs([storeDir, FLOOR_DIR]),
  });
  while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker');
  const ids = {};
  let afterglowWorker;
  for (const worker of context.serviceWorkers()) {
    const name = await worker.evaluate(() => chrome.runtime.getManifest().name);
    ids[name === FLOOR_NAME ? 'floor' : 'afterglow'] = worker.url().split('/')[2];
    if (name !== FLOOR_NAME) afterglowWorker = worker;
  }
  const url = (who, page) => `chrome-extension://${ids[who]}/${page}`;

  // Afterglow opens its onboarding in a tab on install. Closed, so that only the pages being
  // measured are open (all of an extension's pages share one renderer process).
  const onboarding = (page) => page.url() === url('afterglow', 'onboarding.html');
  const onboardingTab = await Promise.resolve(context.pages().find(onboarding) ?? context.waitForEvent('page', { predicate: onboarding, timeout: 10_000 })).catch(
    () => console.error('bench: no onboarding tab opened on install (nothing to close)'),
  );
  await onboardingTab?.close();

  /**
   * Resets Afterglow's data and seeds `scenario` (bench/seed/scenarios.ts), then opens the popup
   * once as the patient would next; returns what went in.
   */
  const seed = async (scenario, options = {}) => {
    const info = await seedThroughPage(context, url('afterglow', 'options.html'), scenario, options);
    // The background reacts to the new data (badge, alarms); let it finish before timing pages.
    await new Promise((r) => setTimeout(r, 2_000));
    // The popup's first open after a restore rebuilds the habits' score summary after first
    // paint (a restore forgets it); later opens only read it. That open comes before any timing.
    await openUntilIdle(context, url('afterglow', 'popup.html'), popupSelector(scenario));
    return info;
  };
  const browserVersion = (await afterglowWorker.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1] ?? '';

  return {
    context,
    ids,
    url,
    seed,
    browser: `Chromium ${browserVersion}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
