import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionWidgetId, Firefox } from './support/firefox';
import { localInput } from './support/time';

describe('Firefox: an infusion 10 hours ago opens the window, on the badge and in the popup', () => {
  let firefox: Firefox;
  const badge = () => firefox.api((browser) => browser.action.getBadgeText({}));

  beforeAll(async () => {
    firefox = await Firefox.launch();
  });
  afterAll(async () => {
    await firefox?.dispose();
  });

  it('opens onboarding on install', async () => {
    const onboarding = await firefox.tabWhere((url) => url.endsWith('/onboarding.html'));
    await onboarding.waitForText('Step 1 of 4');
    await onboarding.close();
  });

  it('adds the infusion on the options page: browser.action reads 38h', async () => {
    const options = await firefox.open('options.html');
    await options.fill({ label: 'Infusion date and time' }, localInput(10));
    await options.click({ role: 'button', name: 'Add infusion' });
    await options.waitForText('10 hours ago');
    await expect.poll(badge, { timeout: 5_000 }).toBe('38h');
    expect(await firefox.api((browser) => browser.action.getTitle({}))).toBe('Window open: 38 hours left · infusion 1 of 6');
    const alarms = await firefox.api(async (browser) => (await browser.alarms.getAll()).map((a) => ({ name: a.name, in: a.scheduledTime - Date.now() })));
    expect(alarms.map((a) => a.name)).toEqual(['badge']);
    expect(alarms[0]!.in).toBeLessThanOrEqual(3_600_000);
    await options.close();
  });

  it('the toolbar button, as Firefox draws it, shows 38h', async () => {
    // The button starts in the closed Extensions panel; put it on the toolbar to read it.
    // The badge is an attribute of the inner button; the title reaches its tooltip through
    // Fluent (data-l10n-args), a moment later.
    const drawn = () =>
      firefox.chrome<{ area: string | null; badge: string | null; tooltip: string | null; colours: string | null }>(
        `const [widget] = arguments;
         CustomizableUI.addWidgetToArea(widget, CustomizableUI.AREA_NAVBAR);
         const button = document.getElementById(widget)?.querySelector('.webextension-browser-action');
         return { area: CustomizableUI.getPlacementOfWidget(widget)?.area ?? null,
                  badge: button?.getAttribute('badge') ?? null, tooltip: button?.getAttribute('tooltiptext') ?? null,
                  colours: button?.getAttribute('badgeStyle') ?? null };`,
        actionWidgetId(),
      );
    await expect.poll(drawn, { timeout: 5_000 }).toEqual({
      area: 'nav-bar',
      badge: '38h',
      tooltip: 'Window open: 38 hours left · infusion 1 of 6',
      // The text colour is set too (Firefox has setBadgeTextColor; Chrome picks its own).
      colours: 'background-color: rgba(154, 52, 18, 1); color: rgba(255, 255, 255, 1)',
    });
  });

  it('a click on the toolbar button opens the popup in its panel', async () => {
    const opened = () =>
      firefox.chrome<string | null>(
        `const [widget] = arguments;
         const browser = document.querySelector('#customizationui-widget-panel browser.webextension-popup-browser');
         if (!browser) { document.getElementById(widget)?.querySelector('.webextension-browser-action')?.click(); return null; }
         return browser.currentURI.spec;`,
        actionWidgetId(),
      );
    await expect.poll(opened, { timeout: 5_000 }).toMatch(/\/popup\.html$/);
    await firefox.chrome(`document.getElementById('customizationui-widget-panel')?.hidePopup();`);
  });

  it('the popup shows the window', async () => {
    const popup = await firefox.open('popup.html');
    expect(await popup.text({ role: 'heading', name: /./ })).toBe('Window open');
    await popup.waitForText('38 hours left');
    // Its link to the options page opens them in a tab (options_ui.open_in_tab).
    await popup.click({ role: 'link', name: 'Settings and dates' });
    const options = await firefox.tabWhere((url) => url.endsWith('/options.html'));
    await options.find({ label: 'Infusion date and time' });
    await options.close();
    expect(await popup.attribute({ role: 'meter' }, 'aria-valuenow')).toBe('79');
    await popup.close();
  });
});
