import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Firefox } from './support/firefox';
import { historyEntries, today } from './support/history';
import type { Tab } from './support/tab';
import { clockAhead } from './support/time';

// A nudge comes due in Firefox. To fire it without waiting for its minute, the test re-creates
// the rule's own alarm a second ahead from an extension page: Firefox then fires it through the
// same onAlarm path as any other. Firefox notifications have no buttons, so a click opens
// nudge.html, which offers Done and Snooze; the test opens that page as the click would.

describe('Firefox: a nudge comes due, is shown, and nudge.html records Snooze and Done', () => {
  let firefox: Firefox;
  let nudgeAt: { hhmm: string; when: number };
  const nudgeAlarms = () =>
    firefox.api(async (browser) =>
      (await browser.alarms.getAll())
        .filter((a) => /^(nudge|snooze):/.test(a.name))
        .map((a) => ({ name: a.name, when: a.scheduledTime }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    );
  const shown = () => firefox.api(async (browser) => Object.keys(await browser.notifications.getAll()));
  /** Firefox's own notification windows (alerts.useSystemBackend off), as drawn. */
  const drawnAlerts = () =>
    firefox.chrome<Array<{ title: string; text: string }>>(
      `return [...Services.wm.getEnumerator('alert:alert')].filter((w) => !w.closed).map((w) => ({
         title: w.document.getElementById('alertTitleLabel')?.getAttribute('value') ?? '',
         text: w.document.getElementById('alertTextLabel')?.textContent ?? '',
       }))`,
    );
  const fire = (name: string) => firefox.api((browser, name) => browser.alarms.create(name, { when: Date.now() + 1_000 }), name);
  const nudgeLog = async (tab: Tab) => {
    const entries = new Map(await tab.evaluate(historyEntries));
    return (entries.get(`nudges:${await tab.evaluate(today)}`) as Array<{ outcome: string }> | undefined)?.map((e) => e.outcome) ?? [];
  };

  beforeAll(async () => {
    // The event page is suspended after 1 s idle instead of 30 s, so the nudge below is fired
    // into a stopped background, as it would be after a quiet half minute.
    firefox = await Firefox.launch({ prefs: { 'extensions.background.idle.timeout': 1_000 } });
  });
  afterAll(async () => {
    await firefox?.dispose();
  });

  it('sets a nudge time on the options page: the alarm exists at that time', async () => {
    const options = await firefox.open('options.html');
    await options.check({ role: 'checkbox', name: 'Morning light outside' });
    // Quiet hours well away from now, so the test passes at any hour of the day.
    await options.fill({ label: 'Quiet hours start' }, clockAhead(180).hhmm);
    await options.fill({ label: 'Quiet hours end' }, clockAhead(240).hhmm);
    // Each field saves as it is typed (issue 16), with "Saved" beside it.
    await options.waitForText('Saved');
    nudgeAt = clockAhead(10);
    await options.fill({ label: 'Morning light outside: time' }, nudgeAt.hhmm);
    await expect.poll(nudgeAlarms, { timeout: 5_000 }).toEqual([{ name: 'nudge:morning-light:0', when: nudgeAt.when }]);
    await options.close();
  });

  it('the alarm wakes the stopped background: one notification is drawn, and the next alarm is set', async () => {
    await expect.poll(() => firefox.backgroundState(), { timeout: 10_000 }).toBe('stopped');
    await fire('nudge:morning-light:0');
    // The alert window fills itself in once loaded.
    await expect.poll(drawnAlerts, { timeout: 10_000 }).toEqual([{ title: 'Morning light outside', text: expect.stringMatching(/.{10}/) }]);
    const ids = await shown();
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^nudge:morning-light:0@\d+\/\d+$/);
    await expect.poll(nudgeAlarms, { timeout: 5_000 }).toEqual([{ name: 'nudge:morning-light:0', when: nudgeAt.when }]);
  });

  it('a click on the notification wakes the background, which opens nudge.html; Snooze there sets the snooze alarm and logs it', async () => {
    const [id] = await shown();
    // The click, too, reaches a stopped background (notifications.onClicked wakes it).
    await expect.poll(() => firefox.backgroundState(), { timeout: 10_000 }).toBe('stopped');
    await firefox.chrome(`const alert = Services.wm.getMostRecentWindow('alert:alert'); alert.document.getElementById('alertBox').click();`);
    const page = await firefox.tabWhere((url) => url.includes('/nudge.html?n='));
    expect(new URL(await page.url()).searchParams.get('n')).toBe(id);
    await page.find({ role: 'heading', name: 'Morning light outside' });
    await page.click({ role: 'button', name: 'Snooze 10 min' });
    expect(await page.text({ role: 'status' })).toMatch(/^I will remind you again at /);
    await expect.poll(shown).toEqual([]);
    await expect.poll(async () => (await nudgeAlarms()).map((a) => a.name), { timeout: 5_000 }).toEqual(['nudge:morning-light:0', 'snooze:morning-light:0']);
    // No "dismissed": Firefox calls every close the user's (utils/shell/firefoxClosedByUser.ts).
    expect(await nudgeLog(page)).toEqual(['shown', 'snoozed']);
    await page.close();
  });

  it('the snooze comes due: shown again, and Done records the check-in', async () => {
    await fire('snooze:morning-light:0');
    await expect.poll(shown, { timeout: 10_000 }).toHaveLength(1);
    const [id] = await shown();
    const page = await firefox.open(`nudge.html?n=${encodeURIComponent(id!)}`);
    await page.click({ role: 'button', name: 'Done' });
    expect(await page.text({ role: 'status' })).toBe('Marked done.');
    await expect.poll(shown).toEqual([]);
    const entries = new Map(await page.evaluate(historyEntries));
    expect(entries.get(`checkins:${await page.evaluate(today)}`)).toEqual({ 'morning-light': 'done' });
    expect(await nudgeLog(page)).toEqual(['shown', 'snoozed', 'shown', 'done']);
    await page.close();
  });
});
