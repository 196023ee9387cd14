import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { WxtBrowser } from 'wxt/browser';
import { Marionette, withTimeout } from './marionette';
import { Tab } from './tab';

/**
 * Starts Debian's Firefox ESR headless with Marionette on, installs the built extension and
 * hands back a driver. The browser is always ended: by `dispose()`, by this process's exit,
 * SIGINT or SIGTERM, and, if this process is killed outright, by a watchdog that notices the
 * pipe to it close. The README's "Firefox" section says what the suite covers and what differs.
 */

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The Firefox MV3 build under test; AFTERGLOW_OUT_DIR matches wxt.config's. */
export const FIREFOX_BUILD = resolve(process.env.AFTERGLOW_OUT_DIR ?? '.output', 'firefox-mv3');
/** Pinned (extensions.webextensions.uuids), so the pages are moz-extension://<this>/… on every start. */
export const EXTENSION_UUID = '5c1e7a2b-9f4d-4e8a-b3c6-0a1f2e3d4c5b';
export const BASE = `moz-extension://${EXTENSION_UUID}`;

function geckoId(): string {
  const manifest = join(FIREFOX_BUILD, 'manifest.json');
  if (!existsSync(manifest)) throw new Error(`No Firefox build at ${FIREFOX_BUILD}: run npm run build:firefox (npm run test:firefox does).`);
  return JSON.parse(readFileSync(manifest, 'utf8')).browser_specific_settings.gecko.id;
}
/** CustomizableUI's widget id for our toolbar button: the add-on id, non-alphanumerics as `_`. */
export const actionWidgetId = () => `${geckoId().replace(/[^a-z0-9_-]/gi, '_')}-browser-action`;

const PREFS: Record<string, string | number | boolean> = {
  'marionette.port': 0, // a free port, written to <profile>/MarionetteActivePort
  'extensions.autoDisableScopes': 0,
  'xpinstall.signatures.required': false, // ESR keeps an unsigned .xpi installed (restart journey)
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.sessionstore.resume_from_crash': false,
  'browser.aboutwelcome.enabled': false,
  'browser.newtabpage.enabled': false,
  // Firefox's own notification windows instead of the desktop's (there is none headless, and
  // Firefox closes a notification it cannot show at once): they stay up, and the chrome
  // context can read and click them.
  'alerts.useSystemBackend': false,
};

/** Firefox processes started here and not yet ended, for the exit and signal handlers. */
const live = new Set<{ pid: number; profile: string }>();
function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL'); // the whole group: Firefox's children rename themselves
  } catch {
    // already gone
  }
}
/** Waits until no process of the group is left (SIGKILL is delivered, not awaited). */
async function gone(pid: number, timeoutMs = 5_000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`Firefox (process group ${pid}) still running ${timeoutMs} ms after SIGKILL`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
function endAll(): void {
  for (const browser of live) {
    killGroup(browser.pid);
    rmSync(browser.profile, { recursive: true, force: true });
  }
  live.clear();
}
process.once('exit', endAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    endAll();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  });
}

// Runs in its own Node process with a pipe from us: when the pipe closes without "keep"
// (we exited or were killed), it kills Firefox's process group and removes the profile.
const WATCHDOG = `
const [pid, profile] = process.argv.slice(1);
let keep = false;
process.stdin.on('data', (d) => { if (String(d).includes('keep')) keep = true; });
process.stdin.on('end', () => {
  try { process.kill(-Number(pid), 'SIGKILL'); } catch {}
  if (!keep) require('fs').rmSync(profile, { recursive: true, force: true });
  process.exit(0);
});`;

export interface LaunchOptions {
  /** An existing profile (a restart); a new one by default. */
  profile?: string;
  /** What to install: the unpacked build as a temporary add-on (default), a .xpi for good, or nothing (already installed). */
  install?: { temporary: string } | { xpi: string } | 'nothing';
  /** Give up starting after this long. */
  startTimeoutMs?: number;
  /** More prefs for user.js, e.g. a short `extensions.background.idle.timeout`. */
  prefs?: Record<string, string | number | boolean>;
}

export class Firefox {
  /** Marionette's current tab; '' after it was closed. */
  private current = '';
  /** The first tab (about:blank), kept open: closing the last tab would close the window. */
  private home = '';
  private probe?: Tab;

  private constructor(
    readonly client: Marionette,
    readonly process: ChildProcess,
    readonly profile: string,
    private readonly watchdog: ChildProcess,
    private readonly entry: { pid: number; profile: string },
    readonly log: string[],
  ) {}

  static async launch(options: LaunchOptions = {}): Promise<Firefox> {
    if (!existsSync(FIREFOX_PATH)) {
      throw new Error(`No Firefox at ${FIREFOX_PATH}: apt-get install --no-install-recommends firefox-esr (.ci/run does), or set FIREFOX_PATH.`);
    }
    const prefs = { ...PREFS, ...options.prefs, 'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }) };
    const profile = options.profile ?? (await mkdtemp(join(tmpdir(), 'afterglow-firefox-')));
    writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(''));
    const portFile = join(profile, 'MarionetteActivePort');
    rmSync(portFile, { force: true });

    const child = spawn(FIREFOX_PATH, ['--headless', '--marionette', '-remote-allow-system-access', '--no-remote', '-profile', profile, 'about:blank'], {
      detached: true, // its own process group, so one kill ends every Firefox process
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
    });
    const entry = { pid: child.pid!, profile };
    live.add(entry);
    const watchdog = spawn(process.execPath, ['-e', WATCHDOG, String(child.pid), profile], { stdio: ['pipe', 'ignore', 'ignore'] });
    // The last lines Firefox printed, for a failure message.
    const log: string[] = [];
    const keep = (chunk: Buffer) => {
      log.push(...chunk.toString().split('\n').filter(Boolean));
      log.splice(0, Math.max(0, log.length - 40));
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);

    try {
      const port = await withTimeout(waitForPort(portFile, child), options.startTimeoutMs ?? 30_000, 'Firefox start');
      const client = await Marionette.connect(port);
      const firefox = new Firefox(client, child, profile, watchdog, entry, log);
      await client.command('WebDriver:NewSession', { capabilities: { alwaysMatch: { acceptInsecureCerts: false } } });
      // The default page-load timeout is 300 s: a missing page would hang a run for five minutes.
      await client.command('WebDriver:SetTimeouts', { pageLoad: 15_000, script: 15_000, implicit: 0 });
      firefox.current = firefox.home = (await client.command<{ value: string }>('WebDriver:GetWindowHandle')).value;
      const install = options.install ?? { temporary: FIREFOX_BUILD };
      if (install !== 'nothing') {
        const temporary = 'temporary' in install;
        await client.command('Addon:Install', { path: temporary ? install.temporary : install.xpi, temporary });
      }
      return firefox;
    } catch (error) {
      killGroup(child.pid!);
      live.delete(entry);
      watchdog.stdin!.end();
      throw new Error(`${(error as Error).message}\nFirefox said:\n${log.join('\n')}`);
    }
  }

  /** Opens `path` (e.g. "popup.html") of the extension, or any URL, in a new tab. */
  async open(path: string): Promise<Tab> {
    // A new tab is opened from the current one, which must still exist.
    if (!this.current) await this.switchTo(this.home);
    const { handle } = await this.client.command<{ handle: string }>('WebDriver:NewWindow', { type: 'tab', focus: true });
    const tab = new Tab(this, handle);
    await tab.goto(path);
    return tab;
  }

  /** A tab the browser or the extension opened, found by its URL (waits up to `timeoutMs`). */
  async tabWhere(matches: (url: string) => boolean, timeoutMs = 10_000): Promise<Tab> {
    const start = Date.now();
    for (;;) {
      const handles = await this.client.command<string[]>('WebDriver:GetWindowHandles'); // a bare list, unlike most replies
      for (const handle of handles) {
        await this.switchTo(handle);
        const { value: url } = await this.client.command<{ value: string }>('WebDriver:GetCurrentURL');
        if (matches(url)) return new Tab(this, handle);
      }
      if (Date.now() - start > timeoutMs) throw new Error(`No tab with a matching URL in ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  /** Makes `handle` Marionette's current tab (every command acts on one tab). */
  async switchTo(handle: string): Promise<void> {
    if (this.current === handle) return;
    await this.client.command('WebDriver:SwitchToWindow', { handle, focus: true });
    this.current = handle;
  }

  forget(handle: string): void {
    if (this.current === handle) this.current = '';
    if (this.probe?.handle === handle) this.probe = undefined;
  }

  /** Runs `fn` in an extension page (a tab kept for this), where `browser.*` is the real API. */
  async api<T, A extends unknown[]>(fn: (api: WxtBrowser, ...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    this.probe ??= await this.open('nudge.html');
    return this.probe.withBrowser(fn, ...args);
  }

  /** Runs `fn` in the browser window's chrome (privileged) scope, e.g. to read the toolbar as drawn. */
  async chrome<T>(body: string, ...args: unknown[]): Promise<T> {
    await this.client.command('Marionette:SetContext', { value: 'chrome' });
    try {
      return (await this.client.command<{ value: T }>('WebDriver:ExecuteScript', { script: body, args })).value;
    } finally {
      await this.client.command('Marionette:SetContext', { value: 'content' });
    }
  }

  /** The background event page's state as Firefox keeps it: "starting", "running", "suspending" or "stopped". */
  async backgroundState(): Promise<string> {
    return this.chrome<string>(`return WebExtensionPolicy.getByID(arguments[0])?.extension?.backgroundState ?? 'not installed';`, geckoId());
  }

  /** The last errors Firefox logged from the extension's own scripts (an options page that throws, say). */
  async scriptErrors(): Promise<string[]> {
    return this.chrome<string[]>(
      `return Services.console.getMessageArray()
         .filter((m) => m instanceof Ci.nsIScriptError && !(m.flags & Ci.nsIScriptError.warningFlag) && m.sourceName.startsWith(arguments[0]))
         .slice(-5).map((m) => m.errorMessage + ' (' + m.sourceName.slice(arguments[0].length) + ':' + m.lineNumber + ')');`,
      BASE,
    );
  }

  /** Quits as a person would (profile written to disk), keeping the profile for a restart. */
  async quit(): Promise<void> {
    const exited = new Promise((done) => (this.process.exitCode !== null ? done(null) : this.process.once('exit', done)));
    await this.client.command('Marionette:Quit', {}, 15_000).catch(() => undefined);
    this.client.close();
    await withTimeout(exited, 15_000, 'Firefox quit').catch(() => killGroup(this.entry.pid));
    killGroup(this.entry.pid); // any child left behind
    await gone(this.entry.pid);
    live.delete(this.entry);
    this.watchdog.stdin!.end('keep');
  }

  /** Ends the browser at once and removes its profile. Safe to call twice. */
  async dispose(): Promise<void> {
    this.client.close();
    killGroup(this.entry.pid);
    await gone(this.entry.pid);
    live.delete(this.entry);
    this.watchdog.stdin!.end();
    rmSync(this.profile, { recursive: true, force: true, maxRetries: 3, retryDelay: 100 });
  }
}

async function waitForPort(file: string, child: ChildProcess): Promise<number> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Firefox exited with ${child.exitCode} before Marionette started`);
    if (existsSync(file)) {
      const port = Number(readFileSync(file, 'utf8').trim());
      if (port > 0) return port;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
