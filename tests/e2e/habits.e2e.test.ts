/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './accessibility';
import type { LoadedExtension } from './extension';
import { launchExtension } from './extension';

describe('a patient chooses habits and ticks them off in the popup', () => {
  let ext: LoadedExtension;
  const storedHabits = () =>
    ext.inWorker(async () => ((await chrome.storage.local.get('habits')).habits as { habits: Array<{ id: string; goal: unknown }> }).habits);
  const toggle = (popup: Page, name: string) => popup.getByRole('checkbox', { name, exact: true });
  const detail = async (popup: Page, name: string) => {
    const id = await toggle(popup, name).getAttribute('aria-describedby');
    return popup.locator(`[id="${id}"]`).textContent();
  };

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('switches on "Morning light" and "Movement 2 a week" on the options page', async () => {
    const options = await ext.open('options.html');
    await options.getByRole('checkbox', { name: 'Morning light outside', exact: true }).check();
    await options.getByRole('checkbox', { name: 'Movement', exact: true }).check();
    const times = options.getByLabel('Movement: times a week', { exact: true });
    await times.fill('2');
    await times.press('Enter');
    await expect.poll(storedHabits).toEqual([
      expect.objectContaining({ id: 'morning-light', goal: { per: 'day' } }),
      expect.objectContaining({ id: 'movement', goal: { per: 'week', times: 2 } }),
    ]);
    await options.close();
  });

  it('one tap (or Space) marks done; closed and reopened, the tick and the weekly count are still there', async () => {
    const popup = await ext.open('popup.html');
    await toggle(popup, 'Morning light outside').click();
    await toggle(popup, 'Movement').focus();
    await popup.keyboard.press('Space');
    await expect.poll(() => toggle(popup, 'Movement').isChecked()).toBe(true);
    expect(await toggle(popup, 'Morning light outside').isChecked()).toBe(true);
    expect(await detail(popup, 'Movement')).toContain('1 of 2 this week');
    await popup.close();

    const again = await ext.open('popup.html');
    await toggle(again, 'Movement').waitFor();
    expect(await toggle(again, 'Morning light outside').isChecked()).toBe(true);
    expect(await toggle(again, 'Movement').isChecked()).toBe(true);
    expect(await detail(again, 'Movement')).toContain('1 of 2 this week');
    expect(await detail(again, 'Morning light outside')).toMatch(/1 of \d this week/);
    await again.close();
  });

  it('the same tap undoes, and the undo also survives reopening', async () => {
    const popup = await ext.open('popup.html');
    await toggle(popup, 'Movement').click();
    await expect.poll(() => toggle(popup, 'Movement').isChecked()).toBe(false);
    expect(await detail(popup, 'Movement')).toContain('0 of 2 this week');
    await popup.close();

    const again = await ext.open('popup.html');
    await toggle(again, 'Movement').waitFor();
    expect(await toggle(again, 'Movement').isChecked()).toBe(false);
    expect(await detail(again, 'Movement')).toContain('0 of 2 this week');
    expect(await toggle(again, 'Morning light outside').isChecked()).toBe(true);
    await again.close();
  });

  it('keeps the check-ins in IndexedDB under today\'s key, and shows the score with its explanation', async () => {
    const popup = await ext.open('popup.html');
    // Folded under its question, so the popup fits (issue 14).
    await popup.getByText('What is consistency?').click();
    await popup.getByText(/Consistency builds up as you keep to your goal/).waitFor();
    expect(await detail(popup, 'Morning light outside')).toMatch(/consistency \d+%/);
    const today = await popup.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const stored = await popup.evaluate(
      (key) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('afterglow-history');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('days').objectStore('days').get(key);
            request.onsuccess = () => resolve(request.result);
          };
        }),
      `checkins:${today}`,
    );
    expect(stored).toEqual({ 'morning-light': 'done' });
    await popup.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`the habit list and the habit settings, an error showing, have no axe violations (${colorScheme})`, async () => {
      const popup = await ext.open('popup.html');
      await popup.emulateMedia({ colorScheme });
      await toggle(popup, 'Movement').waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();

      const options = await ext.open('options.html');
      await options.emulateMedia({ colorScheme });
      const times = options.getByLabel('Movement: times a week', { exact: true });
      await times.fill('9');
      await times.press('Enter');
      await options.getByText('Enter a whole number of times a week, from 1 to 7.').waitFor();
      expect(await axeViolations(options)).toEqual([]);
      await options.close();
    });
  }
});
