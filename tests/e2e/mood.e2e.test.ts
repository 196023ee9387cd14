/// <reference types="chrome" />
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './accessibility';
import type { LoadedExtension } from './extension';
import { launchExtension, localInput, until } from './extension';

// Set AFTERGLOW_SHOTS to a folder to keep screenshots of the new pages, light and dark.
const SHOTS = process.env.AFTERGLOW_SHOTS;
const shoot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  await mkdir(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};
// The popup as the toolbar shows it: 340 px of body, plus its padding.
const POPUP_SIZE = { width: 364, height: 600 };

/** Seeds days of history straight into IndexedDB from an extension page (as years of use would). */
async function seedHistory(page: Page, entries: Array<[string, unknown]>) {
  await page.evaluate(
    (rows) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('afterglow-history');
        open.onupgradeneeded = () => open.result.createObjectStore('days');
        open.onsuccess = () => {
          const tx = open.result.transaction('days', 'readwrite');
          for (const [key, value] of rows) tx.objectStore('days').put(value, key);
          tx.oncomplete = () => (open.result.close(), done());
          tx.onerror = () => fail(tx.error);
        };
      }),
    entries,
  );
}

describe('mood, questionnaires and history in Chromium', () => {
  let ext: LoadedExtension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('holds a mood tapped in the popup when the popup is opened again', async () => {
    const popup = await ext.open('popup.html');
    await popup.setViewportSize(POPUP_SIZE);
    const group = popup.getByRole('radiogroup', { name: 'Mood today' });
    await group.getByRole('radio', { name: 'Good', exact: true }).check();
    await popup.getByText('Saved for today: Good.').waitFor();
    await popup.close();

    const again = await ext.open('popup.html');
    await again.setViewportSize(POPUP_SIZE);
    await again.getByRole('radiogroup', { name: 'Mood today' }).waitFor();
    expect(await again.getByRole('radio', { name: 'Good', exact: true }).isChecked()).toBe(true);
    expect(await again.getByRole('radio', { name: 'Very good' }).isChecked()).toBe(false);
    await again.close();
  });

  it('shows the crisis panel with tel: and sms: links before the score when PHQ-9 item 9 is above "Not at all"', async () => {
    const page = await ext.open('measures.html');
    const phq9 = page.getByRole('form', { name: 'Patient Health Questionnaire (PHQ-9)' });
    const groups = phq9.getByRole('radiogroup');
    await groups.first().waitFor();
    for (let i = 0; i < 8; i++) await groups.nth(i).getByRole('radio', { name: 'Several days' }).check();
    await phq9.getByRole('radiogroup', { name: /Thoughts that you would be better off dead or of hurting yourself in some way$/ }).getByRole('radio', { name: 'Several days' }).check();

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(await alert.getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
    expect(await alert.getByText('Afterglow is not monitored and sends nothing to anyone.').isVisible()).toBe(true);

    await phq9.getByRole('button', { name: 'See my score' }).click();
    const score = phq9.getByTestId('score-result');
    await score.waitFor();
    expect(await score.textContent()).toContain('Your PHQ-9 score: 9 of 27');
    // Before the score in the page, and still there after it.
    const alertFirst = await page.evaluate(() => {
      const a = document.querySelector('[role="alert"]')!;
      const s = document.querySelector('[data-testid="score-result"]')!;
      return Boolean(a.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(alertFirst).toBe(true);
    const alertBox = (await alert.boundingBox())!;
    const scoreBox = (await score.boundingBox())!;
    expect(alertBox.y).toBeLessThan(scoreBox.y);
    await shoot(page, 'measures-crisis-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await shoot(page, 'measures-crisis-dark');
    await page.close();
  });

  it('marks on the history page the infusions entered on the options page', async () => {
    const options = await ext.open('options.html');
    const entered = [20 * 24, 16 * 24, 13 * 24, 9 * 24];
    const stored = () => ext.inWorker(async () => ((await chrome.storage.local.get('treatment')).treatment as { infusions: unknown[] } | undefined)?.infusions.length ?? 0);
    for (const [i, hoursAgo] of entered.entries()) {
      await options.getByLabel('Infusion date and time').fill(localInput(hoursAgo));
      await options.getByRole('button', { name: 'Add infusion' }).click();
      // Each add is written before the next date is typed, as a patient sees it listed first.
      await until(stored, i + 1);
    }
    const infusionDays = await ext.inWorker(async () => {
      const { treatment } = (await chrome.storage.local.get('treatment')) as { treatment: { infusions: Array<{ at: string }> } };
      const pad = (n: number) => String(n).padStart(2, '0');
      return treatment.infusions.map((i) => {
        const d = new Date(i.at);
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
      });
    });
    expect(infusionDays).toHaveLength(4);

    // Four weeks of mood and two questionnaires, as a patient would have them.
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = (back: number) => {
      const d = new Date(Date.now() - back * 86_400_000);
      return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    };
    const rows: Array<[string, unknown]> = [];
    for (let back = 1; back < 28; back++) rows.push([`mood:${day(back)}`, { mood: 1 + ((back * 7) % 5), at: new Date().toISOString() }]);
    rows.push([`scores:${day(21)}`, [{ measure: 'phq9', at: new Date(Date.now() - 21 * 86_400_000).toISOString(), answers: [2, 2, 2, 2, 2, 2, 2, 2, 0] }]]);
    rows.push([`scores:${day(2)}`, [{ measure: 'phq9', at: new Date(Date.now() - 2 * 86_400_000).toISOString(), answers: [1, 1, 1, 1, 1, 1, 1, 0, 0] }]]);
    await seedHistory(options, rows);
    await options.close();

    const history = await ext.open('history.html');
    await history.getByRole('radio', { name: '4 weeks' }).check();
    const chart = history.getByTestId('mood-chart');
    await chart.waitFor();
    expect(await chart.getAttribute('role')).toBe('img');
    const marks = await chart.getByTestId('infusion-mark').evaluateAll((els) => els.map((e) => e.getAttribute('data-day')));
    expect(marks).toEqual([...infusionDays].sort());
    // The baseline is the first score ever (16); the latest is today's from the test above (9).
    await history.getByText('PHQ-9 went from 16 to 9 since your first score: 44% lower.').waitFor();
    await shoot(history, 'history-light');
    await history.emulateMedia({ colorScheme: 'dark' });
    await shoot(history, 'history-dark');
    await history.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds nothing on the new pages and the popup's mood row (${colorScheme})`, async () => {
      const popup = await ext.open('popup.html');
      await popup.setViewportSize(POPUP_SIZE);
      await popup.emulateMedia({ colorScheme });
      await popup.getByRole('radiogroup', { name: 'Mood today' }).waitFor();
      await popup.getByTestId('measures-due').waitFor();
      expect(await axeViolations(popup)).toEqual([]);
      await shoot(popup, `popup-${colorScheme}`);
      await popup.close();

      const measures = await ext.open('measures.html');
      await measures.emulateMedia({ colorScheme });
      const gad7 = measures.getByRole('form', { name: 'Generalized Anxiety Disorder scale (GAD-7)' });
      await gad7.getByRole('button', { name: 'See my score' }).click();
      await gad7.getByText(/^Question 1 is not answered yet/).waitFor();
      const phq9 = measures.getByRole('form', { name: 'Patient Health Questionnaire (PHQ-9)' });
      await phq9.getByRole('radiogroup', { name: /Thoughts that you would be better off dead/ }).getByRole('radio', { name: 'Nearly every day' }).check();
      await measures.getByRole('alert').waitFor();
      expect(await axeViolations(measures)).toEqual([]);
      await measures.close();

      const history = await ext.open('history.html');
      await history.emulateMedia({ colorScheme });
      await history.getByTestId('mood-chart').waitFor();
      for (const summary of await history.locator('details summary').all()) await summary.click();
      expect(await axeViolations(history)).toEqual([]);
      await history.close();
    });
  }
});
