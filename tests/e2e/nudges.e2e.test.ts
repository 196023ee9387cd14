/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './accessibility';
import type { LoadedExtension } from './extension';
import { launchExtension } from './extension';

// The nudges in the built extension, in Chromium. To fire a nudge without waiting for its
// minute, the test re-creates the rule's own alarm ("nudge:morning-light:0") from the service
// worker with a `when` a second ahead: the browser then fires it through the same onAlarm
// path as any other. Nothing in the product exists for the test.

/** "HH:mm" `minutes` from now, in the browser's local time, and the moment it next falls. */
const clockAhead = (page: Page, minutes: number) =>
  page.evaluate((m) => {
    const at = new Date(Date.now() + m * 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    const hhmm = `${pad(at.getHours())}:${pad(at.getMinutes())}`;
    const next = new Date();
    next.setHours(at.getHours(), at.getMinutes(), 0, 0);
    if (next.getTime() <= Date.now()) next.setDate(next.getDate() + 1);
    return { hhmm, when: next.getTime() };
  }, minutes);

describe('nudges: configured on the options page, fired as alarms, shown as notifications', () => {
  let ext: LoadedExtension;
  let nudgeAt: { hhmm: string; when: number };
  let notificationId = '';
  const nudgeAlarms = () =>
    ext.inWorker(async () =>
      (await chrome.alarms.getAll())
        .filter((a) => /^(nudge|snooze):/.test(a.name))
        .map((a) => ({ name: a.name, when: a.scheduledTime }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  const shown = () => ext.inWorker(async () => Object.keys(await chrome.notifications.getAll()));

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('after setting a nudge time on the options page, the alarm exists at that time', async () => {
    const options = await ext.open('options.html');
    await options.getByRole('checkbox', { name: 'Morning light outside', exact: true }).check();
    // Quiet hours well away from now, so the test passes at any hour of the day.
    const quietStart = await clockAhead(options, 180);
    const quietEnd = await clockAhead(options, 240);
    await options.getByLabel('Quiet hours start', { exact: true }).fill(quietStart.hhmm);
    await options.getByLabel('Quiet hours end', { exact: true }).fill(quietEnd.hhmm);
    // Each field saves as it is typed (issue 16): "Saved" beside the last one.
    await options.getByRole('status').filter({ hasText: /^Saved$/ }).first().waitFor();

    nudgeAt = await clockAhead(options, 10);
    await options.getByLabel('Morning light outside: time', { exact: true }).fill(nudgeAt.hhmm);
    await expect.poll(nudgeAlarms).toEqual([{ name: 'nudge:morning-light:0', when: nudgeAt.when }]);
    // The preview lists it.
    await expect.poll(() => options.getByRole('region', { name: 'Coming nudges' }).textContent()).toContain('Morning light outside');
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('refuses an interval of 10 minutes with a message, and saves nothing', async () => {
    const options = await ext.open('options.html');
    await options.getByRole('checkbox', { name: 'Movement breaks at the computer', exact: true }).check();
    const every = options.getByLabel('Movement breaks at the computer: every how many minutes', { exact: true });
    await every.fill('10');
    await expect(options.getByRole('alert').first().textContent()).resolves.toBe('Enter a whole number of minutes from 15 to 480 (8 hours).');
    const stored = await ext.inWorker(async () => {
      const { habits } = (await chrome.storage.local.get('habits')) as { habits: { habits: Array<{ id: string; nudges: unknown[] }> } };
      return habits.habits.find((h) => h.id === 'movement-breaks')?.nudges;
    });
    expect(stored).toEqual([{ kind: 'interval', everyMinutes: 60 }]);
    // Switched off again, so the rest of the test is about one habit.
    await options.getByRole('checkbox', { name: 'Movement breaks at the computer', exact: true }).uncheck();
    await expect.poll(async () => (await nudgeAlarms()).map((a) => a.name)).toEqual(['nudge:morning-light:0']);
    await options.close();
  });

  it('firing the alarm shows exactly one notification, and the next alarm is set', async () => {
    await ext.inWorker(() => chrome.alarms.create('nudge:morning-light:0', { when: Date.now() + 1_000 }));
    await expect.poll(shown, { timeout: 10_000 }).toHaveLength(1);
    notificationId = (await shown())[0] ?? '';
    expect(notificationId).toMatch(/^nudge:morning-light:0@\d+\/\d+$/);
    // After firing, the reconcile puts the rule's alarm back at its configured time.
    await expect.poll(nudgeAlarms).toEqual([{ name: 'nudge:morning-light:0', when: nudgeAt.when }]);
  });

  it('the nudge page offers Done, which records the check-in and closes the notification', async () => {
    const page = await ext.open(`nudge.html?n=${encodeURIComponent(notificationId)}`);
    await page.getByRole('heading', { name: 'Morning light outside' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('status').textContent()).resolves.toBe('Marked done.');
    const checkins = await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('afterglow-history');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const d = new Date();
            const pad = (n: number) => String(n).padStart(2, '0');
            const key = `checkins:${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
            const get = open.result.transaction('days').objectStore('days').get(key);
            get.onsuccess = () => resolve(get.result);
          };
        }),
    );
    expect(checkins).toEqual({ 'morning-light': 'done' });
    await expect.poll(shown).toEqual([]);
    await page.close();
  });

  it('the popup shows the next nudge and pauses until a time it names', async () => {
    const popup = await ext.open('popup.html');
    const line = popup.getByRole('region', { name: 'Nudges' }).getByRole('status');
    // Done met today's goal, so the next morning light is tomorrow.
    await expect.poll(() => line.textContent()).toMatch(/^Next nudge: Morning light outside, tomorrow /);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: '1 hour' }).click();
    await expect.poll(() => line.textContent()).toMatch(/^Nudges paused until today |^Nudges paused until tomorrow /);
    await popup.getByRole('button', { name: 'Resume nudges now' }).click();
    await expect.poll(() => line.textContent()).toMatch(/^Next nudge: /);
    await popup.close();
  });

  it('after closing and relaunching the browser, exactly the same alarms exist and nothing is shown again', async () => {
    const before = await nudgeAlarms();
    expect(before.map((a) => a.name)).toEqual(['nudge:morning-light:0']);
    await ext.close();
    ext = await launchExtension(ext.profileDir);
    // Wait until the worker has run its start-up reconcile (it writes nothing when all is in order).
    await expect.poll(nudgeAlarms).toEqual(before);
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await nudgeAlarms()).toEqual(before);
    expect(await shown()).toEqual([]);
  });
});
