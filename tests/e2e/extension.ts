/// <reference types="chrome" />
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH, chromiumArgs } from '@/scripts/chromium.js';

/** The Chrome build under test; AFTERGLOW_OUT_DIR matches wxt.config's. */
export const EXTENSION_DIR = resolve(process.env.AFTERGLOW_OUT_DIR ?? '.output', 'chrome-mv3');

export interface LoadedExtension {
  context: BrowserContext;
  id: string;
  profileDir: string;
  /** Opens one of the extension's pages, e.g. "popup.html", as a tab. */
  open(page: string): Promise<Page>;
  /** Runs in the service worker, where `chrome.*` is the real API. */
  inWorker<T>(fn: () => Promise<T> | T): Promise<T>;
  close(): Promise<void>;
  /** Closes the browser and removes its profile. */
  dispose(): Promise<void>;
}

export async function newProfileDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'afterglow-e2e-'));
}

/** Extra launch settings; leaving them out launches as every other test does. */
export interface LaunchOptions {
  /** Files the pages download reach the test (page.waitForEvent('download')); Playwright's default is true. */
  acceptDownloads?: boolean;
  /** More Chromium switches, e.g. `--log-net-log=…` for the privacy test. */
  extraArgs?: string[];
  /** The pages' `navigator.language` (Playwright's locale); `--lang` in extraArgs picks the extension's messages. */
  locale?: string;
}

/**
 * Launches Chromium with the built extension on a profile (a new one unless given).
 * `extensionDir`: another build than the default one, e.g. one made with a landing origin.
 */
export async function launchExtension(profileDir?: string, extensionDir = EXTENSION_DIR, options: LaunchOptions = {}): Promise<LoadedExtension> {
  const dir = profileDir ?? (await newProfileDir());
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...chromiumArgs([extensionDir]), ...(options.extraArgs ?? [])],
    ...(options.acceptDownloads !== undefined && { acceptDownloads: options.acceptDownloads }),
    ...(options.locale && { locale: options.locale }),
  });
  let [first] = context.serviceWorkers();
  first ??= await context.waitForEvent('serviceworker');
  const id = first.url().split('/')[2]!;
  // The service worker may be stopped and started again; always talk to the live one.
  const worker = () => context.serviceWorkers().find((w) => w.url().startsWith(`chrome-extension://${id}/`)) ?? first;
  return {
    context,
    id,
    profileDir: dir,
    async open(page) {
      const tab = await context.newPage();
      await tab.goto(`chrome-extension://${id}/${page}`);
      return tab;
    },
    inWorker: (fn) => worker().evaluate(fn),
    close: () => context.close(),
    async dispose() {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A datetime-local value for `hoursAgo` hours before now, in the browser's local time. */
export function localInput(hoursAgo: number, now = Date.now()): string {
  const d = new Date(now - hoursAgo * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Polls `read` until it returns `expected` (the badge updates a moment after storage). */
export async function until<T>(read: () => Promise<T>, expected: T, timeoutMs = 5_000): Promise<T> {
  const start = Date.now();
  let value = await read();
  while (value !== expected && Date.now() - start < timeoutMs) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
