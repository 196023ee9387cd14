// Debian's Chromium with Afterglow's measured build and the floor extension loaded side by side,
// launched as tests/e2e/extension.ts launches it; and the seeding page (bench-seed.html).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_PATH, chromiumArgs } from '../scripts/chromium.js';

// Playwright's network inspection of service workers is not needed here and only adds DevTools
// traffic to each worker start (read when playwright-core loads, so set first).
process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK = '1';
const { chromium } = await import('playwright-core');

export const FLOOR_DIR = resolve('bench/floor');
const FLOOR_NAME = 'Afterglow benchmark floor';

export async function launchBench(measuredDir) {
  const profile = mkdtempSync(join(tmpdir(), 'afterglow-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: chromiumArgs([measuredDir, FLOOR_DIR]),
  });
  while (context.serviceWorkers().length < 2) await context.waitForEvent('serviceworker');
  const ids = {};
  for (const worker of context.serviceWorkers()) {
    const name = await worker.evaluate(() => chrome.runtime.getManifest().name);
    ids[name === FLOOR_NAME ? 'floor' : 'afterglow'] = worker.url().split('/')[2];
  }
  const url = (who, page) => `chrome-extension://${ids[who]}/${page}`;

  const seedPage = await context.newPage();
  await seedPage.goto(url('afterglow', 'bench-seed.html'));
  await seedPage.waitForFunction(() => typeof window.seed === 'function');

  /** Resets Afterglow's data and seeds `scenario` (bench/seed/scenarios.ts); returns what went in. */
  const seed = async (scenario, options = {}) => {
    const info = await seedPage.evaluate(([s, o]) => window.seed(s, o), [scenario, options]);
    // The background reacts to the new data (badge, alarms); let it finish before timing pages.
    await new Promise((r) => setTimeout(r, 2_000));
    return info;
  };
  const browserVersion = (await seedPage.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1] ?? '';

  return {
    context,
    ids,
    url,
    seed,
    seedPage,
    browser: `Chromium ${browserVersion}`,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
