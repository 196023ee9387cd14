// Service-worker start to the end of handling one alarm, for an extension whose handling of
// the alarm named `alarmName` sets the badge text (Afterglow's badge alarm; the floor's one).
//
// One run: stop every service worker (CDP ServiceWorker.stopAllWorkers), wait until it is
// stopped and 700 ms more; from an extension page of that extension, set the badge to a
// marker text and create the alarm 300 ms ahead; then poll the badge (and, where the handler
// sets the next badge alarm, the alarms) every few ms from the page until the handler's effect
// is visible. The worker that the alarm started is asked for its performance.timeOrigin, the
// moment its global scope was created. start → handled = detection time − timeOrigin, on the
// same clock. due → start (timeOrigin − the alarm's time) shows how late the browser started it.
//
// Resolution: the poll runs every ~4 ms (nested setTimeout), and each poll is one round trip
// to the browser process, so a figure is late by 0–5 ms. Playwright stays attached to each
// worker across its restarts (DevTools, as in the end-to-end tests); the floor's worker is
// measured the same way. A run whose worker started before the alarm was due (woken by
// something else: a nudge alarm, an idle change) is discarded and redone.
import { median } from './measure.js';

const MARKER = 'b…';
const SETTLE_MS = 700;

/** Follows the running status of every service worker, per CDP's ServiceWorker domain. */
async function watchWorkers(cdp) {
  const status = new Map();
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) status.set(v.versionId, { origin: new URL(v.scriptURL).origin, running: v.runningStatus });
  });
  await cdp.send('ServiceWorker.enable');
  return {
    /** Stops every worker, and waits until the one of `origin` is stopped. */
    async stop(origin) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      const start = Date.now();
      while ([...status.values()].some((v) => `${v.origin}/` === origin && v.running !== 'stopped')) {
        if (Date.now() - start > 10_000) throw new Error(`bench: the worker of ${origin} did not stop`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
  };
}

/** In the page: marker badge, then the alarm, then poll until handled. Returns times (epoch ms). */
function armAndWait({ alarmName, marker, expectsNextAlarm }) {
  const nowEpoch = () => performance.timeOrigin + performance.now();
  return (async () => {
    await chrome.action.setBadgeText({ text: marker });
    const due = Date.now() + 300;
    await chrome.alarms.create(alarmName, { when: due });
    let sawBadge = null;
    for (;;) {
      const text = await chrome.action.getBadgeText({});
      if (text !== marker && sawBadge === null) sawBadge = nowEpoch();
      if (sawBadge !== null) {
        if (!expectsNextAlarm) return { due, handledAt: sawBadge, badgeAt: sawBadge, badge: text };
        const next = await chrome.alarms.get(alarmName);
        if (next && next.scheduledTime > due) return { due, handledAt: nowEpoch(), badgeAt: sawBadge, badge: text };
      }
      if (nowEpoch() - due > 15_000) throw new Error('bench: the alarm was not handled within 15 s');
      await new Promise((r) => setTimeout(r, 2));
    }
  })();
}

/**
 * `runs` timed wake-ups for each extension, in turn. `targets`: { key, id, page (an open Page of
 * that extension), alarmName, expectsNextAlarm }.
 */
export async function measureWakes(context, targets, runs = 10) {
  const samples = Object.fromEntries(targets.map((t) => [t.key, []]));
  const discarded = Object.fromEntries(targets.map((t) => [t.key, 0]));
  const cdp = await context.newCDPSession(targets[0].page);
  const workers = await watchWorkers(cdp);
  for (let i = 0; i < runs; ) {
    // A round counts only whole, so each floor sample stays paired with the page's of its round.
    const round = {};
    for (const target of targets) {
      const origin = `chrome-extension://${target.id}/`;
      await workers.stop(origin);
      // Armed at once after a stop that killed Afterglow's worker mid-work (the previous run's
      // start-up reconcile), the next start came about 300 ms late; 700 ms of rest removes that
      // harness effect (a worker that stops on its own after 30 s idle has long finished).
      await new Promise((r) => setTimeout(r, SETTLE_MS));
      const result = await target.page.evaluate(armAndWait, { alarmName: target.alarmName, marker: MARKER, expectsNextAlarm: target.expectsNextAlarm });
      // Playwright keeps one Worker per extension across restarts; it evaluates in the live one.
      const worker = context.serviceWorkers().find((w) => w.url().startsWith(origin));
      const timeOrigin = await worker.evaluate(() => performance.timeOrigin);
      // Woken before the alarm was due (a nudge alarm, an idle change): not this alarm's start.
      if (timeOrigin < result.due - 5) {
        discarded[target.key] += 1;
        break;
      }
      round[target.key] = {
        startToHandled: result.handledAt - timeOrigin,
        startToBadge: result.badgeAt - timeOrigin,
        dueToHandled: result.handledAt - result.due,
        dueToStart: timeOrigin - result.due,
        badge: result.badge,
      };
    }
    if (Object.keys(round).length < targets.length) {
      if (Object.values(discarded).reduce((a, b) => a + b, 0) > 3 * runs) throw new Error('bench: too many wake-ups came from elsewhere');
      continue;
    }
    for (const target of targets) samples[target.key].push(round[target.key]);
    i += 1;
  }
  await cdp.send('ServiceWorker.disable');
  await cdp.detach();
  return Object.fromEntries(
    targets.map(({ key }) => {
      const s = samples[key];
      return [
        key,
        {
          runs: s.length,
          discarded: discarded[key],
          startToHandled: median(s.map((x) => x.startToHandled)),
          startToBadge: median(s.map((x) => x.startToBadge)),
          dueToHandled: median(s.map((x) => x.dueToHandled)),
          dueToStart: median(s.map((x) => x.dueToStart)),
          samples: s,
        },
      ];
    }),
  );
}
