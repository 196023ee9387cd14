/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedExtension } from './extension';
import { launchExtension, localInput, until } from './extension';

describe('a patient enters infusions and sees where they are', () => {
  let ext: LoadedExtension;
  const badge = () => ext.inWorker(() => chrome.action.getBadgeText({}));
  const title = () => ext.inWorker(() => chrome.action.getTitle({}));
  // Taken once, so the duplicate test below types the very minute added earlier, however slow the run.
  const past = { [7 * 24]: localInput(7 * 24), [4 * 24]: localInput(4 * 24) };

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('starts with a first screen that leads to the options page', async () => {
    const popup = await ext.open('popup.html');
    await popup.getByRole('heading', { name: 'Welcome to Afterglow' }).waitFor({ state: 'visible' });
    await popup.getByText('In crisis?').click();
    await expect(popup.getByRole('link', { name: 'Call 988' }).getAttribute('href')).resolves.toBe('tel:988');
    expect(await badge()).toBe('');
    await popup.close();
  });

  it('refuses an empty date with a message next to the field, and saves nothing', async () => {
    const options = await ext.open('options.html');
    await options.getByRole('button', { name: 'Add infusion' }).click();
    await expect(options.getByRole('alert').textContent()).resolves.toBe('Please enter a date and time.');
    await options.getByText('No infusions yet.', { exact: false }).waitFor({ state: 'visible' });
    await options.close();
  });

  it('adds an infusion 10 hours ago: the badge reads 38h and the popup shows the window', async () => {
    const options = await ext.open('options.html');
    await options.getByLabel('Infusion date and time').fill(localInput(10));
    await options.getByRole('button', { name: 'Add infusion' }).click();
    await options.getByText('10 hours ago', { exact: false }).waitFor();
    expect(await until(badge, '38h')).toBe('38h');
    expect(await title()).toBe('Window open: 38 hours left · infusion 1 of 6');
    // One alarm, for the next moment the badge changes.
    const alarms = await ext.inWorker(() => chrome.alarms.getAll());
    expect(alarms.map((a) => a.name)).toEqual(['badge']);
    expect(alarms[0]!.scheduledTime - Date.now()).toBeLessThanOrEqual(3_600_000);

    const popup = await ext.open('popup.html');
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Window open');
    await popup.getByText('38 hours left').first().waitFor({ state: 'visible' });
    await expect(popup.getByRole('meter').getAttribute('aria-valuenow')).resolves.toBe('79');
    await popup.close();
    await options.close();
  });

  it('with two past infusions and the window closed, the badge reads 2/6', async () => {
    const options = await ext.open('options.html');
    await options.getByRole('button', { name: /^Delete Infusion/ }).click();
    await options.getByText('No infusions yet.', { exact: false }).waitFor();
    for (const hoursAgo of [7 * 24, 4 * 24]) {
      await options.getByLabel('Infusion date and time').fill(past[hoursAgo]!);
      await options.getByRole('button', { name: 'Add infusion' }).click();
      await options.getByText(`${hoursAgo / 24} days ago`, { exact: false }).waitFor();
    }
    expect(await until(badge, '2/6')).toBe('2/6');
    expect(await title()).toBe('Infusion 2 of 6 done · window closed');

    const popup = await ext.open('popup.html');
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Induction');
    await expect(popup.locator('.figure').textContent()).resolves.toBe('2 of 6 infusions done');
    await popup.close();
    await options.close();
  });

  it('refuses a duplicate infusion in the same minute', async () => {
    const options = await ext.open('options.html');
    await options.getByLabel('Infusion date and time').fill(past[4 * 24]!);
    await options.getByRole('button', { name: 'Add infusion' }).click();
    await expect(options.getByRole('alert').textContent()).resolves.toBe('You already have an infusion at that time.');
    await options.close();
  });

  it('keeps the badge after a browser restart', async () => {
    await ext.close();
    ext = await launchExtension(ext.profileDir);
    expect(await until(badge, '2/6')).toBe('2/6');
  });
});
