/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedExtension } from './extension';
import { launchExtension } from './extension';

const DAY = 24 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');
const key = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** Local midnight `days` days after `d` (calendar days, whatever the clocks do). */
const plusDays = (d: Date, days: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + days);

// This week's Monday in the browser's time zone (the test runs in the same one); weeks start
// on Monday in the restored settings.
const today = new Date();
const monday = plusDays(today, -((today.getDay() + 6) % 7));

/**
 * Issue 18, as a patient found it: "Movement, once a week", done every week for 40 weeks, on
 * the Monday one week and the Sunday the next (this week's Monday the newest).
 */
const checkins: Record<string, { movement: 'done' }> = {};
for (let k = 0; k < 40; k++) {
  checkins[key(plusDays(monday, -7 * k + (k % 2 === 0 ? 0 : 6)))] = { movement: 'done' };
}

const backup = {
  format: 'afterglow-backup',
  version: 1,
  exportedAt: new Date(Date.now() - DAY).toISOString(),
  habits: {
    habits: [
      {
        id: 'movement',
        preset: 'movement',
        name: 'Movement',
        direction: 'build',
        goal: { per: 'week', times: 1 },
        status: 'active',
        createdAt: plusDays(monday, -7 * 41).toISOString(),
        nudges: [],
      },
    ],
  },
  settings: { weekStartsOn: 1 },
  history: { checkins },
};

describe('a weekly habit kept on changing weekdays scores as Loop scores it (issue 18)', () => {
  let ext: LoadedExtension;
  const detail = async (popup: Page, name: string) => {
    const id = await popup.getByRole('checkbox', { name, exact: true }).getAttribute('aria-describedby');
    return popup.locator(`[id="${id}"]`).textContent();
  };

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('restores 40 weeks of once a week, Monday then Sunday, through the options page', async () => {
    const options = await ext.open('options.html');
    await options.getByRole('heading', { name: 'Your data', exact: true }).waitFor();
    await options
      .getByLabel('Restore from a backup file')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await options.getByRole('region', { name: 'What this file holds' }).waitFor();
    await options.getByRole('button', { name: 'Replace' }).click();
    await options.getByText('Done. Your data now holds treatment dates: 0, therapy sessions: 0, habits: 1, days with check-ins: 40.').waitFor();
    await options.close();
  });

  it('reads 100% in the popup, with this week met', async () => {
    const popup = await ext.open('popup.html');
    await popup.getByRole('checkbox', { name: 'Movement', exact: true }).waitFor();
    // The score shows once the popup has rebuilt the summary the restore cleared.
    await expect.poll(() => detail(popup, 'Movement'), { timeout: 10_000 }).toBe('1 of 1 this week · consistency 100%');
    await popup.close();
  });

  it('and the care-team summary reads 1 of 1 in each of its 12 weeks', async () => {
    const summary = await ext.open('summary.html');
    const consistency = summary.getByRole('region', { name: 'Consistency per week' });
    await consistency.waitFor();
    // One row per week, headed by its label; one cell each for the one habit.
    const weeks = consistency.getByRole('row').filter({ has: summary.getByRole('rowheader') });
    expect(await weeks.count()).toBe(12);
    expect(await weeks.getByRole('cell').allTextContents()).toEqual(Array(12).fill('1 of 1'));
    await summary.close();
  });
});
