import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Firefox } from './support/firefox';
import { historyEntries, today } from './support/history';
import { ENTER, type Tab } from './support/tab';

describe('Firefox: two habits on, one ticked in the popup, and the tick holds', () => {
  let firefox: Firefox;
  const toggle = (name: string) => ({ role: 'checkbox' as const, name });
  /** The line under a habit's toggle (its aria-describedby): "1 of 2 this week · …". */
  const detail = async (popup: Tab, name: string) => {
    const id = await popup.attribute(toggle(name), 'aria-describedby');
    return popup.evaluate((id) => document.getElementById(id ?? '')?.textContent ?? '', id);
  };

  beforeAll(async () => {
    firefox = await Firefox.launch();
  });
  afterAll(async () => {
    await firefox?.dispose();
  });

  it('switches on "Morning light outside" and "Movement" 2 a week on the options page', async () => {
    const options = await firefox.open('options.html');
    await options.check(toggle('Morning light outside'));
    await options.check(toggle('Movement'));
    await options.fill({ label: 'Movement: times a week' }, '2');
    await options.type({ label: 'Movement: times a week' }, ENTER);
    const stored = () =>
      firefox.api(async (browser) => ((await browser.storage.local.get('habits')).habits as { habits: Array<{ id: string; goal: unknown }> }).habits.map((h) => [h.id, h.goal]));
    await expect.poll(stored, { timeout: 5_000 }).toEqual([
      ['morning-light', { per: 'day' }],
      ['movement', { per: 'week', times: 2 }],
    ]);
    await options.close();
  });

  it('ticks "Movement" in the popup; closed and reopened, the tick and the week count are still there', async () => {
    const popup = await firefox.open('popup.html');
    await popup.click(toggle('Movement'));
    await expect.poll(() => popup.isChecked(toggle('Movement'))).toBe(true);
    expect(await popup.isChecked(toggle('Morning light outside'))).toBe(false);
    expect(await detail(popup, 'Movement')).toContain('1 of 2 this week');
    await popup.close();

    const again = await firefox.open('popup.html');
    expect(await again.isChecked(toggle('Movement'))).toBe(true);
    expect(await again.isChecked(toggle('Morning light outside'))).toBe(false);
    expect(await detail(again, 'Movement')).toContain('1 of 2 this week');
    expect(await detail(again, 'Morning light outside')).toMatch(/0 of \d this week/);
    // Kept in IndexedDB under today's key, as in Chromium.
    const entries = new Map(await again.evaluate(historyEntries));
    expect(entries.get(`checkins:${await again.evaluate(today)}`)).toEqual({ movement: 'done' });
    await again.close();
  });
});
