import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Firefox, FIREFOX_BUILD } from './support/firefox';
import { clockAhead, localInput } from './support/time';
import { writeXpi } from './support/xpi';

// Firefox forgets every alarm when it quits (Chrome keeps them), and a temporary add-on is
// gone after a restart. So the build is installed for good, as an unsigned .xpi (Firefox ESR
// allows that with xpinstall.signatures.required false), and the browser is quit and started
// again on the same profile: the background must put the badge and the nudge alarms back.
describe('Firefox: after a browser restart, the badge and the nudge alarms come back', () => {
  let firefox: Firefox;
  let profile = '';
  // Beside the build (git-ignored), so an interrupted run leaves nothing in /tmp.
  const xpi = join(dirname(FIREFOX_BUILD), 'firefox-e2e.xpi');
  const badge = () => firefox.api((browser) => browser.action.getBadgeText({}));
  const alarms = () =>
    firefox.api(async (browser) => (await browser.alarms.getAll()).map((a) => ({ name: a.name, when: a.scheduledTime })).sort((a, b) => a.name.localeCompare(b.name)));

  beforeAll(async () => {
    firefox = await Firefox.launch({ install: { xpi: writeXpi(FIREFOX_BUILD, xpi) } });
    profile = firefox.profile;
  });
  afterAll(async () => {
    await firefox?.dispose();
    await rm(xpi, { force: true });
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('sets an infusion 10 hours ago and a morning-light nudge', async () => {
    const options = await firefox.open('options.html');
    await options.fill({ label: 'Infusion date and time' }, localInput(10));
    await options.click({ role: 'button', name: 'Add infusion' });
    await options.waitForText('10 hours ago');
    await options.check({ role: 'checkbox', name: 'Morning light outside' });
    await options.fill({ label: 'Quiet hours start' }, clockAhead(180).hhmm);
    await options.fill({ label: 'Quiet hours end' }, clockAhead(240).hhmm);
    // Each field saves as it is typed (issue 16), with "Saved" beside it.
    await options.waitForText('Saved');
    await options.fill({ label: 'Morning light outside: time' }, clockAhead(30).hhmm);
    // (Its time may be tomorrow's: the infusion day is a rest day for outdoor habits.)
    await expect.poll(async () => (await alarms()).map((a) => a.name), { timeout: 5_000 }).toEqual(['badge', 'nudge:morning-light:0']);
    expect(await badge()).toBe('38h');
  });

  it('quits and starts again on the same profile: the add-on is there, with its badge and alarms', async () => {
    const before = await alarms();
    // An alarm nothing in Afterglow sets or clears shows what Firefox itself keeps over a restart.
    await firefox.api((browser) => browser.alarms.create('witness', { when: Date.now() + 3_600_000 }));
    await firefox.quit();
    firefox = await Firefox.launch({ profile, install: 'nothing' });
    // Its pages open at the same moz-extension:// address (the pinned UUID).
    await expect.poll(badge, { timeout: 10_000 }).toBe('38h');
    await expect.poll(alarms, { timeout: 10_000 }).toEqual(before);
    // The witness is gone: Firefox dropped every alarm, so the two above were set again by Afterglow.
    expect((await alarms()).map((a) => a.name)).not.toContain('witness');
  });
});
