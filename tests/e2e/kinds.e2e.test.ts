/// <reference types="chrome" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedExtension } from './extension';
import type { Page } from 'playwright-core';
import { launchExtension, localInput, until } from './extension';

/**
 * Every word in the page, hidden ones (closed details, other options) included, except the
 * choices of the "Treatment kind" control itself, where "IV infusion" is one of the choices.
 */
const pageWords = (page: Page) =>
  page.evaluate(() => {
    const copy = document.body.cloneNode(true) as HTMLElement;
    copy.querySelector('#treatment-kind')?.remove();
    return copy.textContent ?? '';
  });

// Issue 15: a course of esketamine nasal spray, entered as a patient does, in its own words.
describe('a patient on esketamine nasal spray', () => {
  let ext: LoadedExtension;
  const badge = () => ext.inWorker(() => chrome.action.getBadgeText({}));
  const title = () => ext.inWorker(() => chrome.action.getTitle({}));

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('chooses esketamine, adds three treatment sessions over two weeks, and reads 3/8', async () => {
    const options = await ext.open('options.html');
    await options.getByLabel('Treatment kind').selectOption({ label: 'Esketamine nasal spray' });
    await options.getByText('Saved: Esketamine nasal spray, with its usual schedule.').waitFor();
    await options.getByRole('heading', { name: 'Treatment sessions', exact: true }).waitFor();
    // The label schedule, as written.
    await expect(options.getByTestId('schedule').innerText()).resolves.toBe(
      'Series: weeks 1–4, twice a week\nWeeks 5–8: once a week\nFrom week 9: once every 2 weeks',
    );
    for (const daysAgo of [12, 8, 5]) {
      await options.getByLabel('Treatment session date and time').fill(localInput(daysAgo * 24));
      await options.getByRole('button', { name: 'Add treatment session' }).click();
      await options.getByText(`${daysAgo} days ago`, { exact: false }).waitFor();
    }
    expect(await until(badge, '3/8')).toBe('3/8');
    expect(await title()).toBe('Session 3 of 8 done · window closed');
    // The window field says where the evidence is thinner.
    await options.getByText('there is no separate evidence for this kind of treatment', { exact: false }).waitFor();
    expect(await pageWords(options)).not.toMatch(/infusion/i);

    const popup = await ext.open('popup.html');
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Induction');
    // The card's figure: "3 of 8" drawn largest, in the words of the kind.
    await expect(popup.locator('.figure').textContent()).resolves.toBe('3 of 8 treatment sessions done');
    await expect(popup.locator('.figure strong').textContent()).resolves.toBe('3 of 8');
    await popup.getByRole('button', { name: 'Log session' }).waitFor();
    await popup.getByText(/^Week [23]: twice a week$/).waitFor();
    // Details (clinic line, habits, nudges) arrive after first paint: wait for the footer's link, then read it all.
    await popup.getByText('Settings and dates').waitFor();
    expect(await pageWords(popup)).not.toMatch(/infusion/i);
    await popup.close();
    await options.close();
  });

  it('on the onboarding page the same control and words', async () => {
    const onboarding = await ext.open('onboarding.html');
    await onboarding.getByRole('button', { name: 'Next' }).click();
    await expect(onboarding.getByLabel('Treatment kind').inputValue()).resolves.toBe('esketamine');
    await onboarding.getByRole('heading', { name: 'Treatment sessions', exact: true }).waitFor();
    expect(await pageWords(onboarding)).not.toMatch(/infusion/i);
    await onboarding.close();
  });
});
