/// <reference types="chrome" />
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './accessibility';
import type { LoadedExtension } from './extension';
import { launchExtension, until } from './extension';

const HOUR = 3_600_000;
const pad = (n: number) => String(n).padStart(2, '0');
/** The browser's local day key `daysAgo` days back (the test runs in the browser's time zone). */
const day = (daysAgo: number) => {
  const d = new Date(Date.now() - daysAgo * 24 * HOUR);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR).toISOString();

const morningLight = {
  id: 'morning-light',
  preset: 'morning-light',
  name: 'Morning light outside',
  direction: 'build',
  goal: { per: 'day' },
  status: 'active',
  createdAt: at(24 * 20),
  nudges: [],
};

const firstFile = {
  format: 'afterglow-backup',
  version: 1,
  exportedAt: at(1),
  treatment: { infusions: [{ at: at(4 * 24), kind: 'infusion' }, { at: at(10), kind: 'infusion', note: 'calm; "good" day' }] },
  habits: { habits: [morningLight] },
  history: {
    checkins: { [day(1)]: { 'morning-light': 'done' }, [day(2)]: { 'morning-light': 'skip' } },
    nudges: { [day(1)]: [{ at: at(30), habitId: 'morning-light', outcome: 'done' }] },
  },
};

/** Runs in an extension page: every key and value in the history store. */
function historyEntries(page: Page) {
  return page.evaluate(
    () =>
      new Promise<Array<[string, unknown]>>((resolve, reject) => {
        const open = indexedDB.open('afterglow-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('days')) return resolve((db.close(), []));
          const store = db.transaction('days').objectStore('days');
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => {
            resolve((keys.result as string[]).map((k, i) => [k, values.result[i]]));
            db.close();
          };
        };
      }),
  );
}

describe('the patient backs up, restores, exports and deletes their data', () => {
  let ext: LoadedExtension;
  let options: Page;
  let fresh: { storage: Record<string, unknown>; alarms: string[]; badge: string; title: string };
  const stored = () => ext.inWorker(() => chrome.storage.local.get(null));
  const alarms = () => ext.inWorker(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort());
  const badge = () => ext.inWorker(() => chrome.action.getBadgeText({}));
  const title = () => ext.inWorker(() => chrome.action.getTitle({}));
  const fileInput = () => options.getByLabel('Restore from a backup file');
  const choose = (content: string | Buffer, name = 'backup.json') =>
    fileInput().setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  const download = async (button: string) => {
    const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: button }).click()]);
    return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
  };

  beforeAll(async () => {
    ext = await launchExtension(undefined, undefined, { acceptDownloads: true });
    options = await ext.open('options.html');
    await options.getByRole('heading', { name: 'Your data', exact: true }).waitFor();
    // What a fresh install looks like here, whatever the other features set up on install.
    fresh = { storage: await stored(), alarms: await alarms(), badge: await badge(), title: await title() };
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('restores a backup through the file input: preview, Replace, and every page follows', async () => {
    await choose(JSON.stringify(firstFile));
    const preview = options.getByRole('region', { name: 'What this file holds' });
    await preview.waitFor();
    const infusionRow = preview.getByRole('row', { name: /^Treatment dates/ });
    expect(await infusionRow.getByRole('cell').allTextContents()).toEqual([expect.stringMatching(/^2 \(.+ to .+\)$/), '0', '2', '2 (2 new)']);
    expect(await preview.getByRole('row', { name: /^Days with check-ins/ }).getByRole('cell').first().textContent()).toMatch(/^2 \(/);
    expect(await axeViolations(options)).toEqual([]);

    await options.getByRole('button', { name: 'Replace' }).click();
    await options.getByText('Done. Your data now holds treatment dates: 2, therapy sessions: 0, habits: 1, days with check-ins: 2.').waitFor();
    await options.getByText('10 hours ago', { exact: false }).waitFor();
    expect(await until(badge, '38h')).toBe('38h');
    expect((await historyEntries(options)).map(([key]) => key).sort()).toEqual([`checkins:${day(1)}`, `checkins:${day(2)}`, `nudges:${day(1)}`].sort());

    const popup = await ext.open('popup.html');
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Window open');
    await popup.close();
  });

  it('downloads a backup that holds what was restored and reads back', async () => {
    const { name, text } = await download('Download a backup');
    expect(name).toMatch(/^afterglow-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = JSON.parse(text);
    // Written at format version 2 (mood, notes and questionnaires); the version-1 file above was read and migrated.
    expect(backup).toMatchObject({ format: 'afterglow-backup', version: 2, exportedBy: 'Afterglow 0.1.0' });
    expect(backup.treatment.infusions).toEqual(firstFile.treatment.infusions.sort((a, b) => Date.parse(a.at) - Date.parse(b.at)));
    expect(backup.history.checkins).toEqual(firstFile.history.checkins);
    expect(backup.habits.habits).toEqual([morningLight]);
  });

  it('makes the care team’s files: check-ins and nudges as CSV, a calendar, a printable summary', async () => {
    const checkins = await download('Check-ins (spreadsheet, CSV)');
    expect(checkins.name).toMatch(/^afterglow-checkins-.*\.csv$/);
    // The byte-order mark first, for Excel (issue 14).
    expect(checkins.text).toBe(`\uFEFFdate,habit,habit id,status\r\n${day(2)},Morning light outside,morning-light,skipped\r\n${day(1)},Morning light outside,morning-light,done\r\n`);
    const nudges = await download('Nudges (spreadsheet, CSV)');
    expect(nudges.text.split('\r\n')[1]).toMatch(/^\d{4}-\d{2}-\d{2},\d{2}:\d{2},.*,Morning light outside,morning-light,done,$/);
    const calendar = await download('Treatment dates and therapy sessions (calendar, .ics)');
    expect(calendar.name).toMatch(/\.ics$/);
    expect(calendar.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(calendar.text.replace(/\r\n /g, '')).toContain('DESCRIPTION:calm\\; "good" day');

    const [summary] = await Promise.all([ext.context.waitForEvent('page'), options.getByRole('link', { name: 'Printable summary for an appointment' }).click()]);
    await summary.getByRole('heading', { name: 'Afterglow summary' }).waitFor();
    expect(summary.url()).toBe(`chrome-extension://${ext.id}/summary.html`);
    expect(await summary.getByRole('region', { name: 'Treatment timeline' }).getByRole('row').count()).toBe(3);
    const consistency = summary.getByRole('region', { name: 'Consistency per week' });
    expect(await consistency.getByRole('columnheader', { name: 'Morning light outside' }).count()).toBe(1);
    // At most 12 weeks, from the first one that measures a habit: no empty weeks before it (issue 16).
    const rows = await consistency.getByRole('row').count();
    expect(rows).toBeGreaterThan(1);
    expect(rows).toBeLessThanOrEqual(13);
    const firstWeek = await consistency.getByRole('row').nth(1).getByRole('cell').allTextContents();
    expect(firstWeek.some((cell) => cell !== '–')).toBe(true);
    expect(await axeViolations(summary)).toEqual([]);
    // On paper the print button is not shown.
    await summary.emulateMedia({ media: 'print' });
    expect(await summary.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    await summary.close();
  });

  it('refuses bad files, each with a sentence, and changes nothing', async () => {
    const before = { storage: await stored(), history: await historyEntries(options) };
    const newer = { ...firstFile, version: 3 };
    const badDate = { ...firstFile, treatment: { infusions: [firstFile.treatment.infusions[0], { at: 'next Tuesday', kind: 'infusion' }] } };
    const cases: Array<[string | Buffer, string]> = [
      ['this is not a backup', 'This file is not a backup: it is not JSON. It stops making sense at line 1, column 1.'],
      ['{"name": "something else"}', 'This file is not an Afterglow backup: it has no "format": "afterglow-backup" at the top.'],
      [JSON.stringify(newer), 'This backup was made by a newer Afterglow (format version 3; this one reads up to version 2). Update Afterglow, then try again.'],
      [JSON.stringify(badDate), 'treatment.infusions[1].at is not a date.'],
      [JSON.stringify({ ...firstFile, settings: { bedtime: 2230 } }), 'settings.bedtime should be text, but it is a number.'],
    ];
    for (const [content, sentence] of cases) {
      await choose(content);
      await expect.poll(() => options.getByRole('alert').textContent()).toBe(`${sentence}Your data was not changed.`);
      expect(await options.getByRole('button', { name: 'Replace' }).count()).toBe(0);
    }
    expect(await axeViolations(options)).toEqual([]);

    // 50 MB of noise, from disk: refused by its size before it is read.
    const noise = join(tmpdir(), `afterglow-noise-${process.pid}.json`);
    await writeFile(noise, randomBytes(50 * 1024 * 1024));
    await fileInput().setInputFiles(noise);
    await expect.poll(() => options.getByRole('alert').textContent()).toBe(
      'This file is 50.0 MB. A backup from Afterglow is at most 20 MB, so the file was not read.Your data was not changed.',
    );
    await rm(noise);

    expect({ storage: await stored(), history: await historyEntries(options) }).toEqual(before);
  });

  it('merges a second file: new entries are added, duplicates skipped, the patient’s protocol kept', async () => {
    await options.getByLabel('Window after an infusion (hours)').fill('72');
    await options.getByLabel('Window after an infusion (hours)').press('Enter');
    await expect.poll(async () => ((await stored()).treatment as { protocol: { windowHours: number } }).protocol.windowHours).toBe(72);

    const second = {
      format: 'afterglow-backup',
      version: 1,
      exportedAt: at(1),
      treatment: { infusions: [firstFile.treatment.infusions[1], { at: at(8 * 24), kind: 'infusion' }], protocol: { windowHours: 24 } },
      history: { checkins: { [day(3)]: { 'morning-light': 'done' } } },
    };
    await choose(JSON.stringify(second));
    const preview = options.getByRole('region', { name: 'What this file holds' });
    expect(await preview.getByRole('row', { name: /^Treatment dates/ }).getByRole('cell').last().textContent()).toBe('3 (1 new)');
    await options.getByRole('button', { name: 'Merge' }).click();
    await options.getByText('Done. Your data now holds treatment dates: 3, therapy sessions: 0, habits: 1, days with check-ins: 3.').waitFor();
    const treatment = (await stored()).treatment as { infusions: unknown[]; protocol: { windowHours: number } };
    expect(treatment.infusions).toHaveLength(3);
    expect(treatment.protocol.windowHours).toBe(72);
  });

  it('a replace keeps a copy, and the options page brings it back', async () => {
    const before = { storage: await stored(), history: await historyEntries(options) };
    await choose('{ "format": "afterglow-backup", "version": 1, "exportedAt": "2026-11-27T10:00:00.000Z" }');
    await options.getByRole('button', { name: 'Replace' }).click();
    await options.getByText('Done. Your data now holds treatment dates: 0, therapy sessions: 0, habits: 0, days with check-ins: 0.').waitFor();
    expect(await until(badge, '')).toBe('');

    const copy = options.getByRole('region', { name: 'Your data from before the last import' });
    expect(await copy.textContent()).toContain('(treatment dates: 3, habits: 1, days with check-ins: 3)');
    await copy.getByRole('button', { name: 'Restore that copy' }).click();
    await options.getByText(/^Your data from .* is back\.$/).waitFor();
    const after = { storage: await stored(), history: await historyEntries(options) };
    expect(after.history).toEqual(before.history);
    for (const key of ['treatment', 'habits', 'settings', 'clinic']) expect(after.storage[key] ?? null).toEqual(before.storage[key] ?? null);
    // The patient's 72-hour window, 10 hours after the infusion.
    expect(await until(badge, '62h')).toBe('62h');
  });

  it('deletes everything after a confirmation that says what goes: as after a fresh install', async () => {
    await options.getByRole('button', { name: 'Delete all my data…' }).click();
    const dialog = options.getByRole('alertdialog', { name: 'Delete everything?' });
    expect(await dialog.getByRole('listitem').count()).toBe(7);
    expect(await axeViolations(options)).toEqual([]);
    await dialog.getByRole('button', { name: 'Delete everything' }).click();
    await options.getByText('All your data was deleted. Afterglow is as it was when you installed it.').waitFor();

    expect(await until(badge, fresh.badge)).toBe(fresh.badge);
    expect(await until(title, fresh.title)).toBe(fresh.title);
    await expect.poll(alarms).toEqual(fresh.alarms);
    await expect.poll(stored).toEqual(fresh.storage);
    expect(await historyEntries(options)).toEqual([]);
    expect(await options.getByRole('region', { name: 'Your data from before the last import' }).count()).toBe(0);
    await options.getByText('No infusions yet.', { exact: false }).waitFor();
  });
});
