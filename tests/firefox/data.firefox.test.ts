import { rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Firefox, FIREFOX_BUILD } from './support/firefox';
import { historyEntries } from './support/history';
import type { Tab } from './support/tab';

const HOUR = 3_600_000;
const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString();
const day = (daysAgo: number) => {
  const d = new Date(Date.now() - daysAgo * 24 * HOUR);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

/** A backup as Afterglow writes it (BACKUP.md): an infusion 10 hours ago, one habit, two days of check-ins. */
const backup = {
  format: 'afterglow-backup',
  version: 1,
  exportedAt: at(1),
  treatment: { infusions: [{ at: at(4 * 24), kind: 'infusion' }, { at: at(10), kind: 'infusion' }] },
  habits: {
    habits: [
      { id: 'morning-light', preset: 'morning-light', name: 'Morning light outside', direction: 'build', goal: { per: 'day' }, status: 'active', createdAt: at(24 * 20), nudges: [] },
    ],
  },
  history: { checkins: { [day(1)]: { 'morning-light': 'done' }, [day(2)]: { 'morning-light': 'skip' } } },
};

describe('Firefox: a backup restored, then "Delete all my data"', () => {
  let firefox: Firefox;
  let options: Tab;
  let fresh: { storage: unknown; alarms: string[]; badge: string };
  // Beside the build (git-ignored), so an interrupted run leaves nothing in /tmp.
  const file = join(dirname(FIREFOX_BUILD), 'firefox-e2e-backup.json');
  const badge = () => firefox.api((browser) => browser.action.getBadgeText({}));
  const stored = () => firefox.api((browser) => browser.storage.local.get(null));
  const alarms = () => firefox.api(async (browser) => (await browser.alarms.getAll()).map((a) => a.name).sort());

  beforeAll(async () => {
    firefox = await Firefox.launch();
    options = await firefox.open('options.html');
    await options.find({ role: 'heading', name: 'Your data' });
    // What a fresh install looks like here, whatever the other features set up on install.
    fresh = { storage: await stored(), alarms: await alarms(), badge: await badge() };
    await writeFile(file, JSON.stringify(backup));
  });
  afterAll(async () => {
    await firefox?.dispose();
    await rm(file, { force: true });
  });

  it('restores the file: a preview, Replace, and the badge and history follow', async () => {
    // A file path typed into a file input chooses that file (WebDriver's rule).
    await options.type({ label: 'Restore from a backup file' }, file);
    await options.find({ role: 'region', name: 'What this file holds' });
    await options.click({ role: 'button', name: 'Replace' });
    await options.waitForText('Done. Your data now holds treatment dates: 2, therapy sessions: 0, habits: 1, days with check-ins: 2.');
    await expect.poll(badge, { timeout: 5_000 }).toBe('38h');
    expect((await options.evaluate(historyEntries)).map(([key]) => key).sort()).toEqual([`checkins:${day(2)}`, `checkins:${day(1)}`].sort());
  });

  it('deletes everything after the confirmation: as after a fresh install', async () => {
    await options.click({ role: 'button', name: 'Delete all my data…' });
    const dialog = { role: 'alertdialog' as const, name: 'Delete everything?' };
    await options.click({ role: 'button', name: 'Delete everything', within: dialog });
    await options.waitForText('All your data was deleted. Afterglow is as it was when you installed it.');
    await expect.poll(badge, { timeout: 5_000 }).toBe(fresh.badge);
    await expect.poll(alarms, { timeout: 5_000 }).toEqual(fresh.alarms);
    await expect.poll(stored, { timeout: 5_000 }).toEqual(fresh.storage);
    expect(await options.evaluate(historyEntries)).toEqual([]);
    await options.waitForText('No infusions yet.');
  });
});
