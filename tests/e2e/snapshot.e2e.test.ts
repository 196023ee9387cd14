/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedExtension } from './extension';
import { launchExtension, until } from './extension';

// Issue 10: one read of storage per page, and values that fail validation set aside exactly once
// however many pages and the service worker find them at the same moment.
describe('one snapshot per page, nothing lost, in Chromium', () => {
  let ext: LoadedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
    // Count every storage.local read an extension page makes, and when the phase card arrives.
    await ext.context.addInitScript(() => {
      if (!location.protocol.startsWith('chrome-extension')) return;
      const w = window as unknown as { storageReads: number; readsBeforeCard: number | null };
      w.storageReads = 0;
      w.readsBeforeCard = null;
      const area = chrome.storage.local;
      const get = area.get.bind(area) as (...args: unknown[]) => unknown;
      (area as unknown as { get: unknown }).get = (...args: unknown[]) => {
        w.storageReads += 1;
        return get(...args);
      };
      new MutationObserver(() => {
        if (w.readsBeforeCard === null && document.querySelector('[data-testid="phase-card"]')) w.readsBeforeCard = w.storageReads;
      }).observe(document, { childList: true, subtree: true });
    });
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('keeps three bad records in recovery exactly once when the popup, the options page and the worker meet them together', async () => {
    const [popup, options] = await Promise.all([ext.context.newPage(), ext.context.newPage()]);
    // A disk error, an old build or a hand edit leaves three bad values at once; the worker
    // reacts to the change while both pages open.
    await ext.inWorker(() => {
      const at = new Date(Date.now() - 10 * 3_600_000).toISOString();
      void chrome.storage.local.set({
        treatment: {
          infusions: [{ at, kind: 'infusion' }, { at: 'soon', kind: 'infusion' }],
          sessions: [],
          protocol: { inductionCount: 6, infusionsPerWeek: 2, windowHours: 48, boosterIntervalWeeks: null, therapySessionCount: 3 },
        },
        habits: { habits: [{ id: 'Not An Id' }], offersDeclined: {} },
        settings: { bedtime: '25:99' },
      });
    });
    await Promise.all([popup.goto(`chrome-extension://${ext.id}/popup.html`), options.goto(`chrome-extension://${ext.id}/options.html`)]);

    const paths = () => ext.inWorker(async () => ((await chrome.storage.local.get('recovery')).recovery as Array<{ path: string }> | undefined)?.map((e) => e.path).sort().join() ?? '');
    const expected = 'habits.habits[0],settings.bedtime,treatment.infusions[1]';
    expect(await until(paths, expected)).toBe(expected);
    await new Promise((r) => setTimeout(r, 500)); // any late writer has had its turn
    expect(await paths()).toBe(expected);
    expect(await until(() => ext.inWorker(() => chrome.action.getBadgeText({})), '38h')).toBe('38h');
    // The options page tells the patient, and offers the values for download.
    await options.getByRole('heading', { name: 'Some saved data could not be read' }).waitFor({ state: 'visible' });
    await Promise.all([popup.close(), options.close()]);
  });

  it('reads storage once before the phase card, and not again while the popup fills in', async () => {
    const popup = await ext.open('popup.html');
    await popup.getByTestId('phase-card').waitFor({ state: 'visible' });
    await popup.waitForTimeout(1_500);
    const counts = await popup.evaluate(() => {
      const w = window as unknown as { storageReads: number; readsBeforeCard: number | null };
      return { before: w.readsBeforeCard, all: w.storageReads };
    });
    expect(counts).toEqual({ before: 1, all: 1 });
    await popup.close();
  });
});
