/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './accessibility';
import type { LoadedExtension } from './extension';
import { launchExtension } from './extension';

// Screen-reader and keyboard access, checked by axe-core on the real pages, light and dark.
describe('accessibility of the pages (axe-core, WCAG 2.1 AA)', () => {
  let ext: LoadedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the popup's first screen has no violations (${colorScheme})`, async () => {
      const popup = await ext.open('popup.html');
      await popup.emulateMedia({ colorScheme });
      await popup.getByRole('heading', { name: 'Welcome to Afterglow' }).waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });

    it(`the options page has no violations (${colorScheme})`, async () => {
      const options = await ext.open('options.html');
      await options.emulateMedia({ colorScheme });
      await options.getByLabel('Infusion date and time').waitFor();
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });
  }

  it('the popup with an open window and the crisis lines open has no violations', async () => {
    await ext.inWorker(() =>
      chrome.storage.local.set({
        treatment: { infusions: [{ at: new Date(Date.now() - 5 * 3_600_000).toISOString(), kind: 'infusion' }], sessions: [], protocol: { inductionCount: 6, infusionsPerWeek: 2, windowHours: 48, boosterIntervalWeeks: null, therapySessionCount: 3 } },
      }),
    );
    const popup = await ext.open('popup.html');
    await popup.getByRole('meter').waitFor();
    await popup.getByText('In crisis?').click();
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('reaches every control of the popup with the keyboard, crisis lines included', async () => {
    const popup = await ext.open('popup.html');
    await popup.getByRole('meter').waitFor();
    const reached: string[] = [];
    while (reached.at(-1) !== 'In crisis?' && reached.length < 20) {
      await popup.keyboard.press('Tab');
      reached.push(await popup.evaluate(() => document.activeElement?.textContent?.trim() ?? ''));
    }
    expect(reached).toContain('Settings and dates');
    expect(reached.at(-1)).toBe('In crisis?');
    await popup.keyboard.press('Enter');
    expect(await popup.getByRole('link', { name: 'Call 988' }).isVisible()).toBe(true);
    await popup.close();
  });
});
