/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './accessibility';
import type { LoadedExtension } from './extension';
import { launchExtension, localInput } from './extension';

/**
 * Issue 13: a patient enters their infusion and a nudge in an English session, then opens the
 * same profile with Chromium in Spanish (`--lang=es` for the extension's messages, a Spanish
 * page locale for navigator.language). Everything reads in Spanish, dates included, in the
 * service worker (badge tooltip, notification) as on the pages.
 */
const SPANISH = { extraArgs: ['--lang=es'], locale: 'es-ES' };
const ENGLISH_WORDS = /\b(Window|hours left|Settings|Maintenance|Induction|today|tomorrow|AM|PM|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b/;

/** "HH:mm" `minutes` from now, in the browser's local time. */
const clockAhead = (page: Page, minutes: number) =>
  page.evaluate((m) => {
    const at = new Date(Date.now() + m * 60_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
  }, minutes);

describe('Afterglow in Spanish, after an English session of the same profile', () => {
  let ext: LoadedExtension;
  const title = () => ext.inWorker(() => chrome.action.getTitle({}));

  beforeAll(async () => {
    // The English session: an infusion 30 hours ago (its rest day is over) and a morning-light nudge.
    ext = await launchExtension();
    const options = await ext.open('options.html');
    await options.getByLabel('Infusion date and time').fill(localInput(30));
    await options.getByRole('button', { name: 'Add infusion' }).click();
    await options.getByRole('checkbox', { name: 'Morning light outside', exact: true }).check();
    await options.getByLabel('Quiet hours start', { exact: true }).fill(await clockAhead(options, 180));
    await options.getByLabel('Quiet hours end', { exact: true }).fill(await clockAhead(options, 240));
    await options.getByLabel('Morning light outside: time', { exact: true }).fill(await clockAhead(options, 10));
    // English, as entered: the tooltip has its English words before the browser switches language.
    for (let tries = 0; !/^Window open: \d+ hours left · infusion 1 of 6$/.test(await title()); tries++) {
      if (tries > 50) throw new Error(`The English tooltip never came: ${await title()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    await options.getByRole('status').filter({ hasText: /^Saved$/ }).first().waitFor();
    await options.close();
    await ext.close();
    ext = await launchExtension(ext.profileDir, undefined, SPANISH);
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('the badge tooltip speaks Spanish', async () => {
    await expect.poll(title, { timeout: 10_000 }).toMatch(/^Ventana abierta: quedan \d+ horas · infusión 1 de 6$/);
  });

  it('the popup reads in Spanish, with Spanish dates, and axe finds nothing', async () => {
    const popup = await ext.open('popup.html');
    await popup.getByRole('heading', { level: 1, name: 'Ventana abierta' }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    // "La ventana se cierra mañana 15:00": a 24-hour clock, Spanish words.
    await expect(popup.getByText(/^La ventana se cierra (hoy|mañana) \d{1,2}:\d{2}\.$/).count()).resolves.toBe(1);
    await popup.getByText('¿Está en crisis?').waitFor();
    // Details (habits, nudges) arrive after first paint: wait for them, then read it all.
    await popup.getByText('Morning light outside').first().waitFor();
    const words = (await popup.locator('body').innerText()).replace(/Morning light outside/g, '');
    expect(words).not.toMatch(ENGLISH_WORDS);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('the settings page reads in Spanish, the infusion in Spanish dates, and axe finds nothing', async () => {
    const options = await ext.open('options.html');
    await options.getByRole('heading', { level: 1, name: 'Configuración de Afterglow' }).waitFor();
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('es');
    await options.getByText(/hace (1 día|30 horas)/).first().waitFor();
    const words = (await options.locator('main').innerText()).replace(/Morning light outside/g, '');
    expect(words).not.toMatch(ENGLISH_WORDS);
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });

  it('a nudge is shown in Spanish', async () => {
    // The notification as the browser is asked to show it: the worker's own call, observed.
    await ext.inWorker(() => {
      const seen: chrome.notifications.NotificationOptions[] = [];
      (globalThis as unknown as { seen: typeof seen }).seen = seen;
      const create = chrome.notifications.create.bind(chrome.notifications) as (id: string, o: chrome.notifications.NotificationOptions) => Promise<string>;
      (chrome.notifications as unknown as { create: typeof create }).create = (id, options) => (seen.push(options), create(id, options));
    });
    await ext.inWorker(() => chrome.alarms.create('nudge:morning-light:0', { when: Date.now() + 1_000 }));
    const seen = () => ext.inWorker(() => (globalThis as unknown as { seen: chrome.notifications.NotificationOptions[] }).seen);
    await expect.poll(async () => (await seen()).length, { timeout: 10_000 }).toBe(1);
    const [shown] = await seen();
    expect(shown!.buttons?.map((b) => b.title)).toEqual(['Hecho', expect.stringMatching(/^Posponer/)]);
    expect(shown!.message).not.toMatch(ENGLISH_WORDS);
    expect(shown!.message ?? '').not.toBe('');
  });

  it('the questionnaires say, in Spanish, that the forms are in their authors\u2019 English', async () => {
    const page = await ext.open('measures.html');
    await expect(page.getByTestId('forms-in-english').textContent()).resolves.toMatch(/en inglés/);
    await expect(page.locator('.question').first().getAttribute('lang')).resolves.toBe('en');
    await page.close();
  });
});
