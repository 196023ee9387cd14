/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedExtension } from './extension';
import { launchExtension, localInput, until } from './extension';

// The privacy promise, tested: a patient goes through the whole product, and every request
// its pages and its service worker make is recorded twice over:
// - by Playwright (context 'request' events, which include the service worker's fetches), and
// - by Chromium's own network log (--log-net-log), which sees every request the network stack
//   makes, whoever asks; a request belongs to the extension when its initiator or its network
//   isolation key is the extension's origin. (The browser's own traffic, e.g. its update
//   check, has neither and is not the extension's doing.)
// None may go anywhere but the extension itself. The last block shows both recorders catch a
// request when there is one, so this test can fail.

interface Seen {
  url: string;
  from: string;
}

function requester(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return `service worker ${worker.url()}`;
  try {
    return request.frame().url();
  } catch {
    // A navigation that opens a new tab comes before the tab's frame exists.
    return 'a new tab';
  }
}

function recordRequests(context: BrowserContext): Seen[] {
  const seen: Seen[] = [];
  context.on('request', (request: Request) => {
    seen.push({ url: request.url(), from: requester(request) });
  });
  return seen;
}

/**
 * The origin a request goes to, as "scheme://host" (Node gives "null" as the origin of a
 * chrome-extension: URL); blob: and filesystem: URLs belong to the origin inside them.
 */
function targetOrigin(url: string): string {
  const parsed = new URL(url);
  if (parsed.protocol === 'blob:' || parsed.protocol === 'filesystem:') return targetOrigin(parsed.pathname);
  if (parsed.protocol === 'data:') return 'data:';
  return `${parsed.protocol}//${parsed.host}`;
}

/** Requests in Chromium's network log that the extension made, with where they went. */
function extensionRequestsInNetLog(file: string, extensionOrigin: string): string[] {
  const text = readFileSync(file, 'utf8');
  // A log cut short by the browser's exit is still readable event by event.
  let log: { constants: { logEventTypes: Record<string, number> }; events: Array<{ type: number; params?: Record<string, string> }> };
  try {
    log = JSON.parse(text);
  } catch {
    log = JSON.parse(text.replace(/,?\s*$/, '') + ']}');
  }
  const startJob = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === startJob && e.params)
    .filter(({ params }) => params!.initiator === extensionOrigin || (params!.network_isolation_key ?? '').includes(extensionOrigin))
    .map(({ params }) => params!.url!);
}

const netLogFile = (name: string) => join(tmpdir(), `afterglow-${name}-${process.pid}-${Date.now()}.json`);

describe('privacy: going through the whole product sends nothing anywhere', () => {
  const netLog = netLogFile('netlog');
  let ext: LoadedExtension;
  let seen: Seen[];
  let origin: string;
  let backupText = '';
  const stored = () => ext.inWorker(() => chrome.storage.local.get(null));
  const badge = () => ext.inWorker(() => chrome.action.getBadgeText({}));

  beforeAll(async () => {
    ext = await launchExtension(undefined, undefined, { acceptDownloads: true, extraArgs: [`--log-net-log=${netLog}`] });
    seen = recordRequests(ext.context);
    origin = `chrome-extension://${ext.id}`;
  });
  afterAll(async () => {
    await ext?.dispose().catch(() => {});
    await rm(netLog, { force: true });
  });

  it('onboarding: skips the clinic, enters an infusion, picks a habit, finishes', async () => {
    const onboarding =
      ext.context.pages().find((p) => p.url().endsWith('/onboarding.html')) ??
      (await ext.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/onboarding.html') }));
    // It opened on install, before the recorder was listening; loaded again, Playwright sees it
    // too (the network log has listened from the start).
    await onboarding.reload();
    await onboarding.getByRole('button', { name: 'Next' }).click();
    // 36 hours ago: the window is open and the rest day is over, so outdoor nudges may come.
    await onboarding.getByLabel('Infusion date and time').fill(localInput(36));
    await onboarding.getByRole('button', { name: 'Add infusion' }).click();
    await onboarding.getByText('2 days ago', { exact: false }).or(onboarding.getByText('36 hours ago', { exact: false })).first().waitFor();
    await onboarding.getByRole('button', { name: 'Next' }).click();
    await onboarding.getByRole('checkbox', { name: 'Morning light outside', exact: true }).check();
    await onboarding.getByText('Saved', { exact: true }).waitFor();
    await onboarding.getByRole('button', { name: 'Next' }).click();
    await onboarding.getByRole('button', { name: 'Finish' }).click();
    await onboarding.getByText('You can close this tab', { exact: false }).waitFor();
    expect(await until(badge, '12h')).toBe('12h');
    await onboarding.close();
  });

  it('the clinic builder makes a link, and the options page sets the clinic up from it', async () => {
    const builder = await ext.open('clinic.html');
    const landing = builder.getByLabel('Landing page address');
    if ((await landing.inputValue()) === '') await landing.fill('https://clinic.example/');
    await builder.getByLabel('Clinic name').fill('Sunrise Ketamine Clinic');
    await builder.getByLabel('Clinic phone').fill('+1 555 010 2000');
    await builder.waitForFunction(() => (document.getElementById('install-link') as HTMLTextAreaElement | null)?.value !== '');
    const link = await builder.getByLabel('Install link', { exact: true }).inputValue();
    await builder.close();

    const options = await ext.open('options.html');
    await options.getByLabel('Clinic link').fill(link);
    await options.getByRole('button', { name: 'Preview' }).click();
    await options.getByRole('button', { name: 'Use this setup' }).click();
    await expect.poll(async () => ((await stored()).clinic as { profile?: { name: string } } | undefined)?.profile?.name).toBe('Sunrise Ketamine Clinic');
    await options.close();
  });

  it('the options page sets quiet hours away from now, so a nudge may come at any hour the test runs', async () => {
    const options = await ext.open('options.html');
    const clock = (minutesAhead: number) => {
      const at = new Date(Date.now() + minutesAhead * 60_000);
      return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
    };
    await options.getByLabel('Quiet hours start', { exact: true }).fill(clock(180));
    await options.getByLabel('Quiet hours end', { exact: true }).fill(clock(240));
    // Each field saves as it is typed (issue 16): "Saved" beside the last one.
    await options.getByRole('status').filter({ hasText: /^Saved$/ }).first().waitFor();
    await options.close();
  });

  it('the popup shows the phase, ticks a habit, and pauses nudges', async () => {
    const popup = await ext.open('popup.html');
    await expect(popup.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Window open');
    await popup.getByRole('checkbox', { name: 'Morning light outside', exact: true }).click();
    await expect.poll(() => popup.getByRole('checkbox', { name: 'Morning light outside', exact: true }).isChecked()).toBe(true);
    await popup.getByRole('button', { name: '1 hour' }).click();
    await popup.getByRole('button', { name: 'Resume nudges now' }).click();
    // Resumed once the pause choices are back (and focus with them, issue 16).
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('30 minutes');
    await popup.close();
  });

  it('a nudge fires as a notification, and its page answers it', async () => {
    const shown = () => ext.inWorker(async () => Object.keys(await chrome.notifications.getAll()));
    // Today's check-in would silence the nudge: undo it first, then fire the rule's own alarm.
    const popup = await ext.open('popup.html');
    await popup.getByRole('checkbox', { name: 'Morning light outside', exact: true }).click();
    await expect.poll(() => popup.getByRole('checkbox', { name: 'Morning light outside', exact: true }).isChecked()).toBe(false);
    await popup.close();
    await ext.inWorker(() => chrome.alarms.create('nudge:morning-light:0', { when: Date.now() + 1_000 }));
    await expect.poll(shown, { timeout: 10_000 }).toHaveLength(1);
    const [id] = await shown();
    const page = await ext.open(`nudge.html?n=${encodeURIComponent(id!)}`);
    await page.getByRole('button', { name: 'Done' }).click();
    await expect.poll(shown).toEqual([]);
    await page.close();
  });

  it('exports a backup, the care team’s files and the printable summary', async () => {
    const options = await ext.open('options.html');
    const download = async (button: string) => {
      const [file] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: button }).click()]);
      return readFile((await file.path())!, 'utf8');
    };
    backupText = await download('Download a backup');
    expect(JSON.parse(backupText).clinic.profile.name).toBe('Sunrise Ketamine Clinic');
    await download('Check-ins (spreadsheet, CSV)');
    await download('Nudges (spreadsheet, CSV)');
    await download('Treatment dates and therapy sessions (calendar, .ics)');
    const [summary] = await Promise.all([ext.context.waitForEvent('page'), options.getByRole('link', { name: 'Printable summary for an appointment' }).click()]);
    await summary.getByRole('heading', { name: 'Afterglow summary' }).waitFor();
    await summary.close();
    await options.close();
  });

  it('imports the backup back, restores the kept copy, then deletes everything', async () => {
    const options = await ext.open('options.html');
    await options.getByLabel('Restore from a backup file').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backupText) });
    await options.getByRole('button', { name: 'Replace' }).click();
    await options.getByText(/^Done\./).waitFor();
    await options.getByRole('button', { name: 'Restore that copy' }).click();
    await options.getByText(/ is back\.$/).waitFor();
    await options.getByRole('button', { name: 'Delete all my data…' }).click();
    await options.getByRole('button', { name: 'Delete everything' }).click();
    await options.getByText('All your data was deleted.', { exact: false }).waitFor();
    expect(await until(badge, '')).toBe('');
    await options.close();
  });

  it('made no request to any origin but the extension’s, from any page or the service worker', () => {
    const pages = new Set(seen.map((s) => new URL(s.url).pathname));
    // The recorder saw the product load: every page that was opened, and its scripts.
    for (const page of ['/onboarding.html', '/clinic.html', '/options.html', '/popup.html', '/nudge.html', '/summary.html']) expect(pages).toContain(page);
    const elsewhere = seen.filter((s) => targetOrigin(s.url) !== origin);
    expect(elsewhere).toEqual([]);
  });

  it('and Chromium’s own network log shows no request made by the extension', async () => {
    await ext.close();
    expect(extensionRequestsInNetLog(netLog, origin)).toEqual([]);
  });
});

describe('the privacy recorders catch a request when there is one', () => {
  const netLog = netLogFile('netlog-control');
  let ext: LoadedExtension;
  let server: Server;
  const received: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      received.push(req.url ?? '');
      res.writeHead(204).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    ext = await launchExtension(undefined, undefined, { extraArgs: [`--log-net-log=${netLog}`] });
  });
  afterAll(async () => {
    await ext?.dispose().catch(() => {});
    server?.closeAllConnections();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    await rm(netLog, { force: true });
  });

  it('sees a fetch from a page and one from the service worker, in both recorders', async () => {
    const seen = recordRequests(ext.context);
    const target = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const page: Page = await ext.open('options.html');
    await page.evaluate((url) => fetch(`${url}/from-page`, { mode: 'no-cors' }).then(() => 0), target);
    await ext.inWorker(() => Promise.resolve());
    await (ext.context.serviceWorkers()[0]!).evaluate((url) => fetch(`${url}/from-worker`, { mode: 'no-cors' }).then(() => 0), target);
    expect(received.sort()).toEqual(['/from-page', '/from-worker']);

    const origin = `chrome-extension://${ext.id}`;
    expect(seen.filter((s) => targetOrigin(s.url) !== origin).map((s) => [s.url, s.from.startsWith('service worker') ? 'worker' : 'page'])).toEqual([
      [`${target}/from-page`, 'page'],
      [`${target}/from-worker`, 'worker'],
    ]);
    await ext.close();
    expect(extensionRequestsInNetLog(netLog, origin).sort()).toEqual([`${target}/from-page`, `${target}/from-worker`]);
  });
});
