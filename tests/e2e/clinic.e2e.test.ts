/// <reference types="chrome" />
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './accessibility';
import type { LoadedExtension } from './extension';
import { launchExtension } from './extension';

// A clinic hands out a link; a patient opens it with Afterglow installed and confirms.
// This needs a build made for a landing origin (the default build has no content script), so
// it makes its own: the extension and the static site, for a fixed port on 127.0.0.1.
// AFTERGLOW_E2E_LANDING_PORT moves it if 41731 is taken on a developer's machine.
const PORT = Number(process.env.AFTERGLOW_E2E_LANDING_PORT ?? 41731);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const OUT = resolve(process.env.AFTERGLOW_OUT_DIR ?? '.output', 'e2e-landing');
const EXTENSION = join(OUT, 'chrome-mv3');
const SITE = join(OUT, 'site');
const bin = (name: string) => resolve('node_modules/.bin', name);

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

/**
 * Serves the built site on 127.0.0.1 only, as a static host would: on the landing origin's
 * port, or (port 0) on a free one, which no build is made for, as for a store build.
 */
function serveSite(port = PORT): Promise<Server> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', ORIGIN).pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(SITE, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done(server));
  });
}

describe('a clinic link, from the builder to a set-up Afterglow', () => {
  let ext: LoadedExtension;
  let server: Server;
  /** The same site on another port: a landing page no build is made for. */
  let elsewhere: Server;
  let otherOrigin = '';
  let link = '';
  let onboarding: Page;
  const stored = (key: string) => ext.inWorker(async () => (await chrome.storage.local.get(null)) as Record<string, unknown>).then((all) => all[key]);

  beforeAll(async () => {
    const env = { ...process.env, AFTERGLOW_LANDING_ORIGIN: ORIGIN, AFTERGLOW_OUT_DIR: OUT, AFTERGLOW_SITE_OUT_DIR: SITE };
    execFileSync(bin('wxt'), ['build'], { env, stdio: 'pipe' });
    execFileSync(bin('vite'), ['build', '--config', 'site/vite.config.ts'], { env, stdio: 'pipe' });
    server = await serveSite();
    elsewhere = await serveSite(0);
    otherOrigin = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
    ext = await launchExtension(undefined, EXTENSION);
  }, 180_000);
  afterAll(async () => {
    await ext?.dispose();
    for (const s of [server, elsewhere]) {
      s?.closeAllConnections();
      await new Promise((done) => (s ? s.close(done) : done(undefined)));
    }
  });

  it('is built to run on the landing origin and nowhere else', () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
    expect(manifest.content_scripts).toEqual([{ matches: [`${ORIGIN}/*`], run_at: 'document_end', js: ['content-scripts/clinic-landing.js'] }]);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.storage).toEqual({ managed_schema: 'managed_schema.json' });
  });

  it('opens onboarding on install', async () => {
    onboarding = ext.context.pages().find((p) => p.url().endsWith('/onboarding.html')) ?? (await ext.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/onboarding.html') }));
    await onboarding.getByText('Step 1 of 4').waitFor();
    await onboarding.getByLabel('Clinic link or setup code').waitFor({ state: 'visible' });
  });

  // Issue 17: a clinic with no landing page still hands out a code, typed off paper in lines.
  it('sets the clinic up in onboarding from the setup code of a builder with no landing address, pasted with line breaks', async () => {
    const builder = await ext.open('clinic.html');
    await builder.getByLabel('Landing page address').fill('');
    await builder.getByLabel('Clinic name').fill('Dawn Clinic');
    await builder.getByLabel('Infusions per week').fill('3');
    await builder.getByTestId('clinic-details').getByText('Treatments per week: 3').waitFor();
    const grouped = (await builder.getByTestId('setup-code').textContent())!;
    await expect(builder.getByLabel('Install link', { exact: true }).inputValue()).resolves.toBe('');
    expect(await builder.getByRole('button', { name: 'Copy setup code' }).isEnabled()).toBe(true);
    await builder.close();

    // Eight groups to a line, as on the printed handout, with a Windows line break.
    const groups = grouped.split(' ');
    const typed = Array.from({ length: Math.ceil(groups.length / 8) }, (_, i) => groups.slice(i * 8, i * 8 + 8).join(' ')).join('\r\n');
    const field = onboarding.getByLabel('Clinic link or setup code');
    await field.fill(typed);
    expect((await field.inputValue()).split('\n').length).toBeGreaterThan(2);
    await onboarding.getByRole('button', { name: 'Preview' }).click();
    await onboarding.getByText('Treatments per week: from 2 to 3').waitFor();
    expect(await stored('clinic')).toBeUndefined();
    await onboarding.getByRole('button', { name: 'Use this setup' }).click();
    await onboarding.getByText('Set up for Dawn Clinic.').waitFor();
    expect(((await stored('clinic')) as { profile: { name: string } }).profile.name).toBe('Dawn Clinic');
    await onboarding.close();
  });

  it('builds a link in the extension’s builder page', async () => {
    const builder = await ext.open('clinic.html');
    await expect(builder.getByLabel('Landing page address').inputValue()).resolves.toBe(`${ORIGIN}/`);
    await builder.getByLabel('Clinic name').fill('Sunrise Ketamine Clinic');
    await builder.getByLabel('Clinic phone').fill('+1 555 010 2000');
    await builder.getByLabel('Website').fill('https://sunrise.example/care');
    await builder.getByLabel('Welcome message').fill('We are glad you are here.');
    await builder.getByLabel('Infusions in the series').fill('8');
    await builder.getByLabel('Window after an infusion (hours)').fill('60');
    await builder.getByLabel('Morning light outside', { exact: true }).check();
    // The schedule after the series: two stages from the IV's none, the last every 4 weeks.
    await builder.getByLabel('Set the schedule after the series').check();
    await builder.getByRole('button', { name: 'Add a stage' }).click();
    await builder.getByRole('button', { name: 'Add a stage' }).click();
    await builder.getByRole('group', { name: 'Stage 3' }).getByLabel('Every how many weeks').fill('4');
    await expect(builder.getByTestId('builder-schedule').getByRole('listitem').allTextContents()).resolves.toEqual([
      'Series: weeks 1–4, twice a week',
      'Weeks 5–8: once a week',
      'From week 9: once every 4 weeks',
    ]);
    await builder.getByLabel('PHQ-9 and GAD-7 during the series, every (days)').fill('10');
    await builder.getByTestId('clinic-details').getByText('Window after a treatment: 60 hours').waitFor();
    await builder.getByTestId('clinic-details').getByText('PHQ-9 and GAD-7 during the series: every 10 days').waitFor();
    await builder.waitForFunction(() => (document.getElementById('install-link') as HTMLTextAreaElement).value !== '');
    link = await builder.getByLabel('Install link', { exact: true }).inputValue();
    expect(link.startsWith(`${ORIGIN}/#afterglow=2.`)).toBe(true);
    await builder.getByRole('img', { name: 'QR code for the install link' }).first().waitFor({ state: 'visible' });
    await builder.close();
  });

  it('opens the link, finishes the setup after a preview, and shows the clinic in the popup and options', async () => {
    const landing = await ext.context.newPage();
    await landing.goto(link);
    await landing.waitForSelector('html[data-afterglow-installed="true"]');
    await expect(landing.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Set up Afterglow for Sunrise Ketamine Clinic');
    await landing.getByText('We are glad you are here.').waitFor({ state: 'visible' });

    const setupOpens = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/setup.html#afterglow=') });
    await landing.getByRole('button', { name: 'Finish the setup' }).click();
    const setup = await setupOpens;
    await setup.getByRole('button', { name: 'Use this setup' }).waitFor();
    await setup.getByText('Window after a treatment: from 48 hours to 60 hours').waitFor({ state: 'visible' });
    await setup.getByText('After the series: from as needed to for 4 weeks, once a week; after that, once every 4 weeks').waitFor({ state: 'visible' });
    await setup.getByText('PHQ-9 and GAD-7 during the series: from every 7 days to every 10 days').waitFor({ state: 'visible' });
    expect(((await stored('clinic')) as { profile: { name: string } }).profile.name).toBe('Dawn Clinic');
    expect(await stored('measures')).toBeUndefined();
    await setup.getByRole('button', { name: 'Use this setup' }).click();
    await setup.getByText('Done: Afterglow is set up for Sunrise Ketamine Clinic.').waitFor();
    expect(((await stored('treatment')) as { protocol: { stages: unknown } }).protocol.stages).toEqual([
      { weeks: 4, times: 1, everyWeeks: 1 },
      { weeks: null, times: 1, everyWeeks: 4 },
    ]);
    expect(await stored('measures')).toMatchObject({ inductionEveryDays: 10, maintenanceEveryDays: 14 });

    const popup = await ext.open('popup.html');
    const contact = popup.getByTestId('clinic-contact');
    await contact.getByText('Sunrise Ketamine Clinic').waitFor({ state: 'visible' });
    await expect(contact.getByRole('link').getAttribute('href')).resolves.toBe('tel:+15550102000');

    const options = await ext.open('options.html');
    await expect(options.getByLabel('Infusions in the series').inputValue()).resolves.toBe('8');
    await expect(options.getByLabel('Window after an infusion (hours)').inputValue()).resolves.toBe('60');
    await expect(options.getByLabel('PHQ-9 and GAD-7 during the series, every (days)').inputValue()).resolves.toBe('10');
    await expect(options.getByTestId('schedule').getByRole('listitem').last().textContent()).resolves.toBe('From week 8: once every 4 weeks'); // the patient's 3 a week, from Dawn Clinic
    await options.getByRole('region', { name: 'Your clinic' }).getByText('Sunrise Ketamine Clinic').first().waitFor({ state: 'visible' });
    for (const page of [landing, setup, popup, options]) await page.close();
  });

  it('changes nothing for a tampered link, on the landing page or the setup page', async () => {
    const before = { treatment: await stored('treatment'), habits: await stored('habits'), clinic: await stored('clinic') };
    const code = link.split('#afterglow=')[1]!;
    const tampered = `${code.slice(0, 12)}${code[12] === 'Q' ? 'R' : 'Q'}${code.slice(13)}`;

    const landing = await ext.context.newPage();
    await landing.goto(`${ORIGIN}/#afterglow=${tampered}`);
    await landing.waitForSelector('html[data-afterglow-installed="true"]');
    await expect(landing.getByRole('alert').textContent()).resolves.toMatch(/Nothing was changed\./);
    await expect(landing.getByRole('button', { name: 'Finish the setup' }).count()).resolves.toBe(0);

    const setup = await ext.open(`setup.html#afterglow=${tampered}`);
    await expect(setup.getByRole('alert').textContent()).resolves.toMatch(/Nothing was changed\.$/);
    await expect(setup.getByRole('button', { name: 'Use this setup' }).count()).resolves.toBe(0);
    expect({ treatment: await stored('treatment'), habits: await stored('habits'), clinic: await stored('clinic') }).toEqual(before);
    await landing.close();
    await setup.close();
  });

  it('works the same through the pasted link in the options page', async () => {
    const builder = await ext.open('clinic.html');
    await builder.getByLabel('Clinic name').fill('Evening Star Clinic');
    await builder.getByRole('spinbutton', { name: 'Therapy sessions', exact: true }).fill('5');
    await builder.waitForFunction(() => (document.getElementById('install-link') as HTMLTextAreaElement).value !== '');
    const second = await builder.getByLabel('Install link', { exact: true }).inputValue();
    await builder.close();

    const options = await ext.open('options.html');
    await options.getByLabel('Clinic link or setup code').fill(second);
    await options.getByRole('button', { name: 'Preview' }).click();
    await options.getByText('This replaces Sunrise Ketamine Clinic as your clinic.').waitFor();
    await options.getByRole('button', { name: 'Use this setup' }).click();
    await options.getByText('Done: Afterglow is set up for Evening Star Clinic.').waitFor();
    await expect(options.getByRole('spinbutton', { name: 'Therapy sessions', exact: true }).inputValue()).resolves.toBe('5');

    const popup = await ext.open('popup.html');
    await expect(popup.getByTestId('clinic-contact').textContent()).resolves.toContain('Evening Star Clinic');
    await popup.close();
    await options.close();
  });

  it('shows the setup code and a copy button on a landing page no build is made for', async () => {
    const code = link.split('#afterglow=')[1]!;
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: otherOrigin });
    const landing = await ext.context.newPage();
    await landing.goto(`${otherOrigin}/#afterglow=${code}`);
    await landing.getByRole('heading', { name: 'Installed Afterglow? Finish with this code' }).waitFor({ timeout: 10_000 });
    expect(await landing.locator('html[data-afterglow-installed]').count()).toBe(0);
    expect((await landing.getByTestId('setup-code').textContent())!.replace(/ /g, '')).toBe(code);
    await landing.getByRole('button', { name: 'Copy setup code' }).click();
    await landing.getByText('Setup code copied.').waitFor();
    await expect(landing.evaluate(() => navigator.clipboard.readText())).resolves.toBe(code);
    await landing.close();
  });

  it('tells a phone-sized screen to open the page on the computer, and offers to send it there', async () => {
    const landing = await ext.context.newPage();
    await landing.setViewportSize({ width: 390, height: 844 });
    await landing.goto(`${otherOrigin}/#afterglow=${link.split('#afterglow=')[1]!}`);
    await landing.getByRole('heading', { name: 'Open this page on your computer' }).waitFor();
    await landing.getByText('Afterglow works in Chrome, Edge or Firefox on a computer, not on a phone or tablet.', { exact: false }).waitFor();
    const email = await landing.getByRole('link', { name: 'Email this link to myself' }).getAttribute('href');
    expect(email).toContain(`body=${encodeURIComponent(`${otherOrigin}/#afterglow=`)}`);
    await landing.close();
  });

  it('sets the clinic up from its own exported landing page, with no fragment in the address', async () => {
    const builder = await ext.open('clinic.html');
    await builder.getByLabel('Clinic name').fill('Harbour Clinic');
    await builder.getByLabel('Clinic phone').fill('+1 555 010 3000');
    await builder.getByLabel('Landing page address').fill(`${ORIGIN}/harbour/`);
    await builder.getByLabel(/This address hosts our own landing page/).check();
    await builder.getByTestId('setup-code').waitFor();
    await expect(builder.getByLabel('Install link', { exact: true }).inputValue()).resolves.toBe(`${ORIGIN}/harbour/`);
    const downloading = builder.waitForEvent('download');
    await builder.getByRole('button', { name: 'Download landing page (zip)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('harbour-clinic-afterglow-landing.zip');
    const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
    expect(Object.keys(files).sort()).toEqual(['index.html', 'landing.css', 'landing.js']);
    await mkdir(join(SITE, 'harbour'), { recursive: true });
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(SITE, 'harbour', name), bytes);
    await builder.close();

    const landing = await ext.context.newPage();
    await landing.goto(`${ORIGIN}/harbour/`);
    await landing.waitForSelector('html[data-afterglow-installed="true"]');
    await expect(landing.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Set up Afterglow for Harbour Clinic');
    const setupOpens = ext.context.waitForEvent('page', { predicate: (p) => p.url().includes('/setup.html#afterglow=') });
    await landing.getByRole('button', { name: 'Finish the setup' }).click();
    const setup = await setupOpens;
    await setup.getByRole('button', { name: 'Use this setup' }).click();
    await setup.getByText('Done: Afterglow is set up for Harbour Clinic.').waitFor();
    expect(new URL(landing.url()).hash).toBe('');
    expect(((await stored('clinic')) as { profile: { name: string; phone: string } }).profile).toEqual({ name: 'Harbour Clinic', phone: '+1 555 010 3000' });
    await landing.close();
    await setup.close();
  });

  it('exports the same landing page from the static site’s builder', async () => {
    const builder = await ext.context.newPage();
    await builder.goto(`${ORIGIN}/builder.html`);
    await builder.getByLabel('Clinic name').fill('Harbour Clinic');
    await builder.getByTestId('setup-code').waitFor();
    const code = (await builder.getByTestId('setup-code').textContent())!.replace(/ /g, '');
    const downloading = builder.waitForEvent('download');
    await builder.getByRole('button', { name: 'Download landing page (zip)' }).click();
    const files = unzipSync(new Uint8Array(await readFile((await (await downloading).path())!)));
    expect(Object.keys(files).sort()).toEqual(['index.html', 'landing.css', 'landing.js']);
    expect(new TextDecoder().decode(files['index.html'])).toContain(`<meta name="afterglow-code" content="${code}" />`);
    await builder.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no accessibility violations on the builder, the landing page, the preview and onboarding (${colorScheme})`, async () => {
      const code = link.split('#afterglow=')[1]!;
      const pages: Array<[string, () => Promise<Page>, string]> = [
        ['clinic.html', () => ext.open('clinic.html'), 'Clinic name'],
        ['the landing page', async () => {
          const page = await ext.context.newPage();
          await page.goto(link);
          return page;
        }, 'Finish the setup'],
        ['the landing page when Afterglow does not answer', async () => {
          const page = await ext.context.newPage();
          await page.goto(`${otherOrigin}/#afterglow=${code}`);
          return page;
        }, 'Copy setup code'],
        ['setup.html', () => ext.open(`setup.html#afterglow=${code}`), 'Use this setup'],
        ['onboarding.html', () => ext.open('onboarding.html'), 'Step 1 of 4'],
      ];
      for (const [name, open, ready] of pages) {
        const page = await open();
        await page.emulateMedia({ colorScheme });
        await page.getByText(ready, { exact: true }).first().waitFor();
        if (name === 'clinic.html') {
          await page.getByLabel('Clinic name').fill('Sunrise Ketamine Clinic');
          await page.getByLabel('Morning light outside', { exact: true }).check();
          await page.getByLabel('Set the schedule after the series').check();
          await page.getByRole('button', { name: 'Add a stage' }).click();
          await page.waitForFunction(() => (document.getElementById('install-link') as HTMLTextAreaElement).value !== '');
        }
        expect(await axeViolations(page), name).toEqual([]);
        await page.close();
      }
    });
  }
});
