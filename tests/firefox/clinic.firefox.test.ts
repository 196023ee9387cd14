import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClinicLink } from '@/utils/clinic/link';
import { sunrise } from '@/tests/support/clinicFixtures';
import { Firefox } from './support/firefox';

// A patient pastes the link their clinic sent into options → Clinic link or setup code. The link is made
// here from the shared fixture (as the builder would make it); the landing page is not needed
// for the pasted path, so the default build is used.
describe('Firefox: a pasted clinic link, previewed and used, shows the clinic in the popup', () => {
  let firefox: Firefox;

  beforeAll(async () => {
    firefox = await Firefox.launch();
  });
  afterAll(async () => {
    await firefox?.dispose();
  });

  it('previews the link, applies it with "Use this setup", and the popup shows the clinic', async () => {
    const link = await buildClinicLink('https://start.example.org/', sunrise);
    const options = await firefox.open('options.html');
    await options.fill({ label: 'Clinic link or setup code' }, link);
    await options.click({ role: 'button', name: 'Preview' });
    await options.waitForText('Sunrise Ketamine Clinic');
    // Nothing is stored before the patient confirms.
    expect(await firefox.api(async (browser) => 'clinic' in (await browser.storage.local.get('clinic')))).toBe(false);
    await options.click({ role: 'button', name: 'Use this setup' });
    await options.waitForText('Done: Afterglow is set up for Sunrise Ketamine Clinic.');

    const popup = await firefox.open('popup.html');
    expect(await popup.text({ testId: 'clinic-contact' })).toContain('Sunrise Ketamine Clinic');
    expect(await popup.attribute({ role: 'link', name: /555/, within: { testId: 'clinic-contact' } }, 'href')).toBe('tel:+15550102000');
    await popup.close();
    await options.close();
  });
});
