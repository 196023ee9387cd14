/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleFile } from '@/scripts/screenshots/examples';
import { axeViolations } from './accessibility';
import type { LoadedExtension } from './extension';
import { launchExtension, until } from './extension';

// Issue 14, in the real build: the popup fits Chrome's 600 px, an infusion is logged from it in
// two taps, and the settings page's sections each have an address.
describe('fit and finish', () => {
  let ext: LoadedExtension;
  const badge = () => ext.inWorker(() => chrome.action.getBadgeText({}));

  /** Puts an example patient's records in storage (the screenshots' data: four habits with nudges). */
  const seed = async (example: 'window' | 'induction' | 'maintenance') => {
    const { treatment, habits, settings } = JSON.parse(exampleFile(example, new Date()).text);
    await ext.inWorker(() => chrome.storage.local.clear());
    await ext.context.serviceWorkers()[0]!.evaluate((records) => chrome.storage.local.set(records), { treatment, habits, settings });
  };

  /** The popup at Chrome's popup size (its width is its body's), once everything below the card is in. */
  const openPopup = async (colorScheme: 'light' | 'dark' = 'light') => {
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 460, height: 600 });
    await popup.emulateMedia({ colorScheme });
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    await popup.getByTestId('habit-list').waitFor();
    await popup.getByRole('group', { name: 'Pause nudges:' }).waitFor();
    return popup;
  };
  const inView = (page: Page, selector: string) =>
    page.locator(selector).first().evaluate((el) => {
      const box = el.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight && box.height > 0;
    });

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('fits the popup in 600 px with the window open, four habits and a nudge, crisis link in view', async () => {
    await seed('window');
    expect(await until(badge, '38h')).toBe('38h');
    const popup = await openPopup();
    expect(await popup.getByRole('checkbox').count()).toBe(4);
    const height = await popup.evaluate(() => document.body.getBoundingClientRect().height);
    console.log(`popup height, window open, four habits and a nudge: ${Math.round(height)} px`);
    expect(height).toBeLessThanOrEqual(600);
    expect(await popup.evaluate(() => document.documentElement.scrollHeight <= innerHeight)).toBe(true);
    expect(await inView(popup, 'summary:text("In crisis?")')).toBe(true);
    // The most important number is the largest thing on the card.
    const sizes = await popup.getByTestId('phase-card').evaluate((card) =>
      [...card.querySelectorAll('*')].filter((el) => el.childNodes.length > 0).map((el) => ({ text: el.textContent, size: parseFloat(getComputedStyle(el).fontSize) })),
    );
    const largest = sizes.reduce((a, b) => (b.size > a.size ? b : a));
    expect(largest.text).toBe('38');
    await popup.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the full popup and the settings page have no axe violations (${colorScheme})`, async () => {
      const popup = await openPopup(colorScheme);
      expect(await axeViolations(popup)).toEqual([]);
      await popup.getByRole('button', { name: 'Log infusion' }).click();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
      const options = await ext.open('options.html#nudges');
      await options.emulateMedia({ colorScheme });
      await options.getByRole('navigation', { name: 'Settings sections' }).waitFor();
      expect(await axeViolations(options)).toEqual([]);
      await options.setViewportSize({ width: 400, height: 800 });
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });
  }

  it('logs an infusion from the popup in two taps: the badge reads 48h at once, and undo takes it back', async () => {
    await seed('induction');
    const before = await until(badge, '3/6');
    expect(before).toBe('3/6');
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Log infusion' }).click();
    await popup.getByRole('button', { name: 'Log it' }).click();
    await popup.getByRole('button', { name: 'Undo' }).waitFor();
    expect(await until(badge, '48h')).toBe('48h');
    await expect(popup.locator('.figure').textContent()).resolves.toBe('48 hours left');
    await popup.getByRole('button', { name: 'Undo' }).click();
    expect(await until(badge, '3/6')).toBe('3/6');
    await popup.close();
  });

  it('opens options.html#nudges with the nudge settings in view, and the back button returns between sections', async () => {
    const options = await ext.open('options.html#nudges');
    const heading = options.getByRole('heading', { name: 'Nudges', exact: true });
    await heading.waitFor();
    await expect.poll(() => inView(options, '#nudges-heading')).toBe(true);
    expect(await options.getByRole('link', { name: 'Nudges' }).getAttribute('aria-current')).toBe('location');

    await options.getByRole('link', { name: 'Your data', exact: true }).click();
    await expect.poll(() => options.evaluate(() => location.hash)).toBe('#data');
    await expect.poll(() => inView(options, '#data-heading')).toBe(true);
    await options.goBack();
    await expect.poll(() => options.evaluate(() => location.hash)).toBe('#nudges');
    await expect.poll(() => inView(options, '#nudges-heading')).toBe(true);
    expect(await options.getByRole('link', { name: 'Nudges' }).getAttribute('aria-current')).toBe('location');
    await options.close();
  });

  it("the popup's 'choose habits' goes straight to the settings' habits", async () => {
    await ext.inWorker(() => chrome.storage.local.remove('habits'));
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.id}/popup.html`);
    const [tab] = await Promise.all([ext.context.waitForEvent('page'), popup.getByRole('button', { name: 'Choose habits' }).click()]);
    await tab.waitForURL(/options\.html#habits$/);
    await expect.poll(() => inView(tab, '#habits-heading')).toBe(true);
    await tab.close();
    await popup.close();
  });
});
