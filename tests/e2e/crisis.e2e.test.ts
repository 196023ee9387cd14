/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedExtension } from './extension';
import { launchExtension } from './extension';

// Issue 13, in the real build: the crisis lines follow the country chosen on the settings page,
// in the popup and in the item-9 panel, and go back to the browser's region (en-US here).
describe('crisis lines by the patient’s country', () => {
  let ext: LoadedExtension;

  /** The crisis lines in the popup, opened as the patient opens them: words and addresses. */
  const popupLines = async () => {
    const popup = await ext.open('popup.html');
    await popup.getByText('In crisis?').click();
    const note = popup.getByRole('note', { name: 'If you are in crisis' });
    await note.waitFor();
    const links = await note.getByRole('link').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    await popup.close();
    return links;
  };
  const chooseCountry = async (name: string) => {
    const options = await ext.open('options.html#about');
    await options.getByLabel('Country for crisis lines').selectOption({ label: name });
    await options.getByText('Saved', { exact: true }).waitFor();
    await options.close();
  };
  const storedCountry = () => ext.inWorker(async () => ((await chrome.storage.local.get('settings')).settings as { crisisCountry?: string } | undefined)?.crisisCountry);

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('shows the United States’ lines by default, 988 with its Spanish options and 911', async () => {
    expect(await popupLines()).toEqual([
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Spanish: dial 988, then press 2', 'tel:988'],
      ['Text AYUDA to 988 (Spanish)', 'sms:988'],
      ['Call 911', 'tel:911'],
    ]);
  });

  it('shows the United Kingdom’s Samaritans and 999 everywhere once it is chosen', async () => {
    await chooseCountry('United Kingdom');
    expect(await storedCountry()).toBe('GB');
    expect(await popupLines()).toEqual([
      ['Call Samaritans: 116 123', 'tel:116123'],
      ['Call 999', 'tel:999'],
    ]);

    const page: Page = await ext.open('measures.html');
    const phq9 = page.getByRole('form', { name: 'Patient Health Questionnaire (PHQ-9)' });
    await phq9.getByRole('radiogroup', { name: /Thoughts that you would be better off dead or of hurting yourself in some way$/ }).getByRole('radio', { name: 'Several days' }).check();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('link', { name: 'Call Samaritans: 116 123' }).getAttribute('href')).toBe('tel:116123');
    expect(await alert.getByRole('link', { name: 'Call 988' }).count()).toBe(0);
    await page.close();
  });

  it('goes back to the browser’s region, leaving no setting behind', async () => {
    await chooseCountry('From this browser’s region: United States');
    expect(await storedCountry()).toBeUndefined();
    expect((await popupLines())[0]).toEqual(['Call 988', 'tel:988']);
  });
});
