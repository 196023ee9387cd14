// Measures how fast an extension page shows its content, in the browser, the honest way:
// a fresh tab per open, first-contentful-paint from the Paint Timing API, and the moment the
// given element is in the page, recorded in the page by a MutationObserver installed before
// any of its scripts run. Pages measured together are opened in turn (floor, A, B, floor, A,
// B, …), so whatever else the shared machine is doing falls on all of them alike.

/** Quiet time that ends "time to interactive": no long task and no DOM change for this long. */
export const QUIET_MS = 50;

/**
 * Runs in the page before its own scripts. Records when `selector` first appears, when the
 * DOM last changed, and the end of every long task (over 50 ms, Long Tasks API).
 */
function instrument(selector) {
  const probe = (globalThis.__bench = { readyAt: undefined, paintedAt: undefined, lastMutation: 0, lastLongTaskEnd: 0, longTasks: 0 });
  const mark = () => {
    if (probe.readyAt !== undefined || !document.querySelector(selector)) return;
    probe.readyAt = performance.now();
    // Painted: a task posted from the next animation frame runs once that frame is drawn.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (probe.paintedAt = performance.now());
      channel.port2.postMessage(null);
    });
  };
  new MutationObserver(() => {
    probe.lastMutation = performance.now();
    mark();
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
  const longTasks = new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      probe.longTasks += 1;
      probe.lastLongTaskEnd = Math.max(probe.lastLongTaskEnd, task.startTime + task.duration);
    }
  });
  longTasks.observe({ type: 'longtask', buffered: true });
  probe.flushLongTasks = () => longTasks.takeRecords().forEach((task) => {
    probe.longTasks += 1;
    probe.lastLongTaskEnd = Math.max(probe.lastLongTaskEnd, task.startTime + task.duration);
  });
}

/**
 * In the page, once `selector` is there: first-contentful-paint, when the element was first
 * drawn (the frame after it appeared), and time to interactive: the start of the first
 * QUIET_MS window, after FCP and after the element appeared, with no long task and no DOM
 * change (the page has rendered what its first reads brought and would answer a click at
 * once). All in ms from navigation start.
 */
function settle(quietMs) {
  const probe = globalThis.__bench;
  return new Promise((resolve) => {
    const check = () => {
      probe.flushLongTasks();
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      // Nothing is interactive before it is drawn: the search starts at FCP, as Lighthouse's does.
      const busyUntil = Math.max(fcp?.startTime ?? Infinity, probe.readyAt, probe.lastMutation, probe.lastLongTaskEnd);
      if (probe.paintedAt !== undefined && performance.now() - busyUntil >= quietMs) {
        resolve({ fcp: fcp.startTime, ready: probe.readyAt, painted: probe.paintedAt, tti: busyUntil, longTasks: probe.longTasks });
      } else setTimeout(check, 5);
    };
    check();
  });
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** One open of `url` in a fresh tab; the figures of settle(). */
export async function openOnce(context, url, selector) {
  const page = await context.newPage();
  try {
    await page.addInitScript(instrument, selector);
    await page.goto(url);
    await page.waitForFunction(() => globalThis.__bench?.readyAt !== undefined, null, { timeout: 30_000 });
    return await page.evaluate(settle, QUIET_MS);
  } finally {
    await page.close();
  }
}

/**
 * Opens each target `runs` times, in turn, after one warm-up open each (not counted: the
 * first open also compiles and caches). Targets: { key, url, selector }. Returns, per key,
 * the medians of fcp, ready, painted and tti, and the raw samples.
 */
export async function measurePages(context, targets, runs = 15) {
  const samples = Object.fromEntries(targets.map((t) => [t.key, []]));
  for (const target of targets) await openOnce(context, target.url, target.selector);
  for (let i = 0; i < runs; i++) {
    // Rotate the order each round, so no page always goes first (right after a tab closed).
    for (let j = 0; j < targets.length; j++) {
      const target = targets[(i + j) % targets.length];
      samples[target.key].push(await openOnce(context, target.url, target.selector));
    }
  }
  return Object.fromEntries(
    targets.map(({ key }) => {
      const s = samples[key];
      return [
        key,
        {
          runs: s.length,
          fcp: median(s.map((x) => x.fcp)),
          ready: median(s.map((x) => x.ready)),
          painted: median(s.map((x) => x.painted)),
          tti: median(s.map((x) => x.tti)),
          longTasks: Math.max(...s.map((x) => x.longTasks)),
          samples: s,
        },
      ];
    }),
  );
}

/** How long a page must stay idle before its own work after first paint counts as done. */
const IDLE_MS = 1_000;

/**
 * Runs in the page before its scripts: counts IndexedDB opens and transactions, and
 * storage.local calls, still pending, and when the last one began or ended. (Not DOM changes:
 * a clock that ticks in the page would never let it look idle.)
 */
function instrumentIdle() {
  const idle = (globalThis.__idle = { pending: 0, lastActivity: performance.now() });
  const begin = () => {
    idle.pending += 1;
    idle.lastActivity = performance.now();
  };
  const end = () => {
    idle.pending -= 1;
    idle.lastActivity = performance.now();
  };
  const openDb = IDBFactory.prototype.open;
  IDBFactory.prototype.open = function (...args) {
    const request = openDb.apply(this, args);
    begin();
    request.addEventListener('success', end);
    request.addEventListener('error', end);
    return request;
  };
  const transaction = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (...args) {
    const tx = transaction.apply(this, args);
    begin();
    tx.addEventListener('complete', end);
    tx.addEventListener('abort', end);
    return tx;
  };
  const area = chrome.storage.local;
  for (const method of ['get', 'set', 'remove']) {
    const call = area[method].bind(area);
    // Promise style, or callback style (as webextension-polyfill calls it).
    area[method] = (...args) => {
      begin();
      if (typeof args.at(-1) === 'function') {
        const callback = args.pop();
        return call(...args, (...results) => {
          end();
          callback(...results);
        });
      }
      return call(...args).finally(end);
    };
  }
}

/**
 * Opens `url` until `selector` is in the page and then until the page has been idle for
 * IDLE_MS: nothing pending in IndexedDB or storage.local, nothing begun. Not measured: this is
 * the open that lets a page finish what it does once after new data (the popup brings the
 * habits' score summary up to date after first paint), so the measured opens find a page as
 * a patient's every later open does.
 */
export async function openUntilIdle(context, url, selector, timeoutMs = 120_000) {
  const page = await context.newPage();
  try {
    await page.addInitScript(instrumentIdle);
    await page.goto(url);
    await page.locator(selector).first().waitFor({ timeout: 30_000 });
    await page.waitForFunction((idleMs) => globalThis.__idle.pending === 0 && performance.now() - globalThis.__idle.lastActivity >= idleMs, IDLE_MS, {
      timeout: timeoutMs,
      polling: 100,
    });
  } finally {
    await page.close();
  }
}
