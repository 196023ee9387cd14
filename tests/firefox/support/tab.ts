import type { WxtBrowser } from 'wxt/browser';
import type { Firefox } from './firefox';
import { BASE } from './firefox';

/**
 * One tab, driven by what a person sees: controls by their role and accessible name, fields by
 * their label, text by its words (the Chromium tests use Playwright's getByRole/getByLabel the
 * same way). Every wait is bounded, so a page that never renders fails the test in seconds.
 */
export interface Query {
  /** button, checkbox, link, heading, region, alert, status, alertdialog, meter; or a field found by its `label`. */
  role?: 'button' | 'checkbox' | 'link' | 'heading' | 'region' | 'alert' | 'status' | 'alertdialog' | 'meter';
  /** The accessible name: exactly this, or matching this pattern. */
  name?: string | RegExp;
  /** A form field whose label is exactly this. */
  label?: string;
  /** An element whose own text contains this. */
  text?: string;
  /** The element with this data-testid. */
  testId?: string;
  /** Only inside the region, dialog or landmark found by this query. */
  within?: Query;
}

type ElementRef = Record<string, string>;
const WEB_ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export const WAIT_MS = Number(process.env.AFTERGLOW_FIREFOX_WAIT_MS ?? 10_000);

// Runs in the page: the first visible element matching a query, or null. Kept in one string
// so it is sent as written (no transpiler helpers inside).
const FIND = `
const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
const byIds = (ids) => ids.split(/\\s+/).map((id) => document.getElementById(id)?.textContent || '').join(' ');
const nameOf = (el) => {
  if (el.getAttribute('aria-label')) return norm(el.getAttribute('aria-label'));
  if (el.getAttribute('aria-labelledby')) return norm(byIds(el.getAttribute('aria-labelledby')));
  if (el.labels && el.labels.length) return norm([...el.labels].map((l) => l.textContent).join(' '));
  return norm(el.textContent);
};
const ROLES = {
  button: 'button, input[type=button], input[type=submit], [role=button]',
  checkbox: 'input[type=checkbox], [role=checkbox]',
  link: 'a[href], [role=link]',
  heading: 'h1, h2, h3, h4, h5, h6, [role=heading]',
  region: 'section[aria-label], section[aria-labelledby], [role=region]',
  alert: '[role=alert]',
  status: '[role=status]',
  alertdialog: '[role=alertdialog]',
  meter: 'meter, [role=meter]',
};
const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
const matches = (value, want) => (want.source !== undefined ? new RegExp(want.source, want.flags).test(value) : value === want.text);
function find(q, root) {
  root = root || document;
  if (q.within) {
    root = find(q.within, root);
    if (!root) return null;
  }
  if (q.testId !== undefined) return root.querySelector('[data-testid="' + q.testId + '"]');
  if (q.label !== undefined) {
    return [...root.querySelectorAll('input, select, textarea')].find((el) => nameOf(el) === q.label && visible(el)) || null;
  }
  if (q.role) {
    return [...root.querySelectorAll(ROLES[q.role])].find((el) => visible(el) && (q.name === undefined || matches(nameOf(el), q.name))) || null;
  }
  if (q.text !== undefined) {
    const all = [...root.querySelectorAll('body *')].filter((el) => norm(el.textContent).includes(q.text) && visible(el));
    return all.find((el) => ![...el.children].some((c) => norm(c.textContent).includes(q.text))) || null;
  }
  return null;
}`;

/** A query as JSON (a RegExp name as its source and flags). */
const wire = (q: Query): unknown => ({
  ...q,
  name: q.name === undefined ? undefined : typeof q.name === 'string' ? { text: q.name } : { source: q.name.source, flags: q.name.flags },
  within: q.within && wire(q.within),
});
const describe = (q: Query): string =>
  [q.role, q.label && `label "${q.label}"`, q.name && `"${q.name}"`, q.text && `text "${q.text}"`, q.testId && `test id "${q.testId}"`, q.within && `in ${describe(q.within)}`].filter(Boolean).join(' ');

export class Tab {
  constructor(
    readonly browser: Firefox,
    readonly handle: string,
  ) {}

  private async command<T>(name: string, params: object = {}): Promise<T> {
    await this.browser.switchTo(this.handle);
    return this.browser.client.command<T>(name, params);
  }

  /** Loads an extension page ("options.html") or any URL. */
  async goto(path: string): Promise<void> {
    const url = /^[a-z-]+:/.test(path) ? path : `${BASE}/${path}`;
    await this.command('WebDriver:Navigate', { url });
  }

  async url(): Promise<string> {
    return (await this.command<{ value: string }>('WebDriver:GetCurrentURL')).value;
  }

  /** Runs `fn(...args)` in the page and returns its (awaited, JSON) result. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    return this.run(fn.toString(), '', args);
  }

  /** Runs `fn(browser, ...args)` in this extension page, `browser` being Firefox's own WebExtension API. */
  withBrowser<T, A extends unknown[]>(fn: (api: WxtBrowser, ...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    return this.run(fn.toString(), 'browser, ', args);
  }

  private async run<T>(fn: string, first: string, args: unknown[]): Promise<T> {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn})(${first}...Array.from(arguments).slice(0, -1)))
        .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const { value } = await this.command<{ value: { value: T } | { error: string } }>('WebDriver:ExecuteAsyncScript', { script, args });
    if ('error' in value) throw new Error(`in the page: ${value.error}`);
    return value.value;
  }

  /** The element for `query` once it is there (within `timeoutMs`), else a failure that shows the page's text. */
  async find(query: Query, timeoutMs = WAIT_MS): Promise<ElementRef> {
    const start = Date.now();
    for (;;) {
      const { value } = await this.command<{ value: ElementRef | null }>('WebDriver:ExecuteScript', {
        script: `${FIND}\nreturn find(arguments[0]);`,
        args: [wire(query)],
      });
      if (value) return value;
      if (Date.now() - start > timeoutMs) {
        const text = await this.evaluate(() => document.body?.innerText ?? '').catch(() => '(unreadable)');
        const errors = await this.browser.scriptErrors().catch(() => []);
        throw new Error(
          `Not found in ${timeoutMs} ms on ${await this.url()}: ${describe(query)}\nThe page shows:\n${text.slice(0, 1500)}` +
            (errors.length ? `\nErrors from the extension's scripts:\n${errors.join('\n')}` : ''),
        );
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Whether `query` matches now (no wait). */
  async has(query: Query): Promise<boolean> {
    const { value } = await this.command<{ value: unknown }>('WebDriver:ExecuteScript', { script: `${FIND}\nreturn !!find(arguments[0]);`, args: [wire(query)] });
    return value === true;
  }

  /** Waits for `text` to be on the page. */
  async waitForText(text: string, timeoutMs = WAIT_MS): Promise<void> {
    await this.find({ text }, timeoutMs);
  }

  /** A real click (Marionette synthesises the pointer events). */
  async click(query: Query): Promise<void> {
    const el = await this.find(query);
    await this.command('WebDriver:ElementClick', { id: el[WEB_ELEMENT] });
  }

  /** Ticks a checkbox (a click, if it is not ticked yet). */
  async check(query: Query): Promise<void> {
    if (!(await this.isChecked(query))) await this.click(query);
  }

  async isChecked(query: Query): Promise<boolean> {
    const el = await this.find(query);
    const { value } = await this.command<{ value: boolean }>('WebDriver:ExecuteScript', {
      script: 'const el = arguments[0]; return el.checked ?? el.getAttribute("aria-checked") === "true";',
      args: [el],
    });
    return value;
  }

  /**
   * Sets a field's value as Playwright's fill() does: the value, then `input` and `change`.
   * Typing into a datetime-local or time field does not work in Firefox over Marionette.
   */
  async fill(query: Query, value: string): Promise<void> {
    const el = await this.find(query);
    await this.command('WebDriver:ExecuteScript', {
      script: `const [el, value] = arguments; el.focus();
        const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value').set;
        setter.call(el, value);
        el.dispatchEvent(new Event('input', { bubbles: true }));
        el.dispatchEvent(new Event('change', { bubbles: true }));`,
      args: [el, value],
    });
  }

  /** Keys typed into the element: text, or "\uE007" for Enter; a file path for a file input. */
  async type(query: Query, text: string): Promise<void> {
    const el = await this.find(query);
    await this.command('WebDriver:ElementSendKeys', { id: el[WEB_ELEMENT], text });
  }

  async text(query: Query): Promise<string> {
    const el = await this.find(query);
    const { value } = await this.command<{ value: string }>('WebDriver:ExecuteScript', { script: 'return arguments[0].textContent;', args: [el] });
    return value.replace(/\s+/g, ' ').trim();
  }

  async attribute(query: Query, name: string): Promise<string | null> {
    const el = await this.find(query);
    const { value } = await this.command<{ value: string | null }>('WebDriver:ExecuteScript', { script: 'return arguments[0].getAttribute(arguments[1]);', args: [el, name] });
    return value;
  }

  async close(): Promise<void> {
    await this.command('WebDriver:CloseWindow');
    this.browser.forget(this.handle);
  }
}

export const ENTER = '\uE007';
