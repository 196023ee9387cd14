import { clear } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onNotificationClick, onNotificationClosed, registerNudges, runNudges } from '@/entrypoints/background/nudges';
import { dayKey } from '@/utils/time/dayKey';
import { EMPTY_HABITS } from '@/utils/habits/record';
import { parseNotificationId } from '@/utils/nudges/schedule';
import { historyStore, readCheckins, readNudgeLog } from '@/utils/shell/history';
import { claimsStore } from '@/utils/shell/nudgeClaims';
import { habitsItem, nudgeStateItem, settingsItem } from '@/tests/support/stored';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import { local, preset, wall } from '@/tests/unit/nudges/fixtures';

// The background with fakeBrowser. fakeBrowser has no `idle`: it is stubbed here, and the
// stub keeps the listener so a test can say "the patient is back".
let idleState: 'active' | 'idle' | 'locked' = 'active';
let idleListener: ((state: string) => void) | undefined;

beforeEach(async () => {
  await Promise.all([clear(historyStore), clear(claimsStore)]);
  idleState = 'active';
  idleListener = undefined;
  Object.assign(fakeBrowser, {
    idle: {
      queryState: vi.fn(async () => idleState),
      setDetectionInterval: vi.fn(),
      onStateChanged: { addListener: vi.fn((listener: (state: string) => void) => (idleListener = listener)) },
    },
  });
  vi.useFakeTimers({ toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

const clockAt = (wallClock: string) => vi.setSystemTime(local(wallClock));
const morning = preset('morning-light');
const twice = preset('morning-light', {
  nudges: [
    { kind: 'clock', time: '08:00', weekdays: [0, 1, 2, 3, 4, 5, 6] },
    { kind: 'clock', time: '13:00', weekdays: [0, 1, 2, 3, 4, 5, 6] },
  ],
});
const breaks = preset('movement-breaks');

async function alarms() {
  return (await fakeBrowser.alarms.getAll()).map((a) => [a.name, wall(a.scheduledTime)]).sort();
}
async function notifications() {
  return Object.keys(await fakeBrowser.notifications.getAll());
}
async function logToday() {
  return (await readNudgeLog([dayKey(new Date())]))[0]!.map((e) => [e.habitId, e.outcome, e.reason ?? '']);
}
/** Fires an alarm the way the browser does, and waits for the worker to finish with it. */
async function fire(name: string, dueWallClock: string) {
  await fakeBrowser.alarms.onAlarm.trigger({ name, scheduledTime: local(dueWallClock), persistAcrossSessions: true });
  await runNudges();
}
async function start(habits = [morning, breaks]) {
  await habitsItem.setValue({ ...EMPTY_HABITS, habits });
  registerNudges();
  await runNudges();
}

describe('the reconcile step', () => {
  it('sets one alarm per rule for its next nudge and leaves the badge alarm alone', async () => {
    clockAt('2026-11-23T07:00');
    await fakeBrowser.alarms.create('badge', { when: local('2026-11-23T09:00') });
    await start([morning, preset('evening-light'), breaks]);
    expect(await alarms()).toEqual([
      ['badge', '2026-11-23T09:00'],
      ['nudge:evening-light:0', '2026-11-23T18:30'],
      ['nudge:morning-light:0', '2026-11-23T08:00'],
      ['nudge:movement-breaks:0', '2026-11-23T10:00'],
    ]);
  });

  it('changes nothing when it runs again', async () => {
    clockAt('2026-11-23T07:00');
    await start();
    const before = await alarms();
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const clearAlarm = vi.spyOn(fakeBrowser.alarms, 'clear');
    await runNudges();
    await runNudges();
    expect(await alarms()).toEqual(before);
    expect(create).not.toHaveBeenCalled();
    expect(clearAlarm).not.toHaveBeenCalled();
  });

  it('follows a settings change: a pause moves the next nudge past it', async () => {
    clockAt('2026-11-23T07:00');
    await start([morning]);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pausedUntil: new Date(local('2026-11-23T09:00')).toISOString() });
    await runNudges();
    expect(await alarms()).toEqual([['nudge:morning-light:0', '2026-11-24T08:00']]);
  });

  it('clears the alarm of a habit that was removed', async () => {
    clockAt('2026-11-23T07:00');
    await start([morning, breaks]);
    await habitsItem.setValue({ ...EMPTY_HABITS, habits: [breaks] });
    await runNudges();
    expect(await alarms()).toEqual([['nudge:movement-breaks:0', '2026-11-23T10:00']]);
  });
});

describe('when a nudge alarm fires', () => {
  it('shows one notification with the buttons, logs it, and sets the next alarm', async () => {
    clockAt('2026-11-23T07:00');
    await start([morning]);
    clockAt('2026-11-23T08:00');
    await fire('nudge:morning-light:0', '2026-11-23T08:00');

    const shown = await notifications();
    expect(shown).toHaveLength(1);
    expect(parseNotificationId(shown[0]!)).toMatchObject({ name: 'nudge:morning-light:0', when: local('2026-11-23T08:00') });
    const options = fakeBrowser.notifications.getAllCreateOptions()[shown[0]!]!;
    expect(options).toMatchObject({ type: 'basic', title: 'Morning light outside', iconUrl: expect.stringMatching(/\/nudge\/morning-light\.png$/) });
    expect(options.buttons?.map((b) => b.title)).toEqual(['Done', 'Snooze 10 min']);
    expect(await logToday()).toEqual([['morning-light', 'shown', '']]);
    expect(await alarms()).toEqual([['nudge:morning-light:0', '2026-11-24T08:00']]);
  });

  it('shows nothing twice when the same alarm arrives again (a restarted worker)', async () => {
    clockAt('2026-11-23T07:00');
    await start([morning]);
    clockAt('2026-11-23T08:00');
    await fire('nudge:morning-light:0', '2026-11-23T08:00');
    const first = await notifications();
    await fakeBrowser.notifications.clear(first[0]!);
    await fire('nudge:morning-light:0', '2026-11-23T08:00');
    expect(await notifications()).toEqual([]);
    expect(await logToday()).toEqual([['morning-light', 'shown', '']]);
  });

  it('handles a nudge whose alarm the browser lost, once, on the next start', async () => {
    clockAt('2026-11-23T07:00');
    await start([morning]);
    await fakeBrowser.alarms.clearAll(); // the browser dropped its alarms on restart
    clockAt('2026-11-23T08:05');
    await runNudges(); // worker start
    await runNudges();
    expect(await notifications()).toHaveLength(1);
    expect(await logToday()).toEqual([['morning-light', 'shown', '']]);
  });

  it('drops a nudge more than 15 minutes late after sleep, logs it as missed, and moves on', async () => {
    clockAt('2026-11-23T09:30');
    await start([breaks]);
    clockAt('2026-11-23T10:40');
    await fire('nudge:movement-breaks:0', '2026-11-23T10:00');
    expect(await notifications()).toEqual([]);
    expect(await logToday()).toEqual([['movement-breaks', 'dropped', 'late']]);
    expect(await alarms()).toEqual([['nudge:movement-breaks:0', '2026-11-23T11:00']]);
  });

  it('drops a nudge while the computer is idle, and the return restarts the break interval', async () => {
    clockAt('2026-11-23T09:30');
    await start([breaks]);
    idleState = 'locked';
    clockAt('2026-11-23T10:00');
    await fire('nudge:movement-breaks:0', '2026-11-23T10:00');
    expect(await notifications()).toEqual([]);
    expect(await logToday()).toEqual([['movement-breaks', 'dropped', 'idle']]);

    idleState = 'active';
    clockAt('2026-11-23T10:20');
    idleListener!('active');
    await vi.waitFor(async () => expect((await nudgeStateItem.getValue()).activeSince).not.toBeNull());
    await runNudges();
    expect(await alarms()).toEqual([['nudge:movement-breaks:0', '2026-11-23T11:20']]);
    expect(fakeBrowser.idle.setDetectionInterval).toHaveBeenCalledWith(300);
  });

  it("puts the clinic's own words for a habit into the rotation", async () => {
    await fakeBrowser.storage.local.set({
      clinic: { profile: { name: 'Clinic', nudgeTexts: { 'morning-light': ['Our garden is open from 8.'] } }, source: 'link', appliedAt: '2026-11-01T09:00:00.000Z', wrote: { protocol: {}, habits: {} } },
    });
    clockAt('2026-11-26T07:00');
    await start([morning]);
    // Three catalogue ideas and the clinic's one: on 26 November the rotation reaches the fourth.
    clockAt('2026-11-26T08:00');
    await fire('nudge:morning-light:0', '2026-11-26T08:00');
    const [id] = await notifications();
    expect(fakeBrowser.notifications.getAllCreateOptions()[id!]!.message).toBe('Our garden is open from 8.');
  });

  it('says the window is open, with the hours left', async () => {
    clockAt('2026-11-24T07:00');
    await fakeBrowser.storage.local.set({
      treatment: { infusions: [{ at: new Date(local('2026-11-23T09:00')).toISOString(), kind: 'infusion' }], sessions: [], protocol: { inductionCount: 6, infusionsPerWeek: 2, windowHours: 48, boosterIntervalWeeks: null, therapySessionCount: 3 } },
    });
    await start([morning]);
    clockAt('2026-11-24T08:00');
    await fire('nudge:morning-light:0', '2026-11-24T08:00');
    const [id] = await notifications();
    expect(fakeBrowser.notifications.getAllCreateOptions()[id!]!.message).toMatch(/^Your window is open, 25 hours left: /);
  });
});

describe('answering a nudge', () => {
  async function shownAt8() {
    clockAt('2026-11-23T07:00');
    await start([twice]);
    clockAt('2026-11-23T08:00');
    await fire('nudge:morning-light:0', '2026-11-23T08:00');
    return (await notifications())[0]!;
  }

  it('"Done" records the check-in, closes the notification, and the next alarm moves to tomorrow', async () => {
    const id = await shownAt8();
    expect(await alarms()).toEqual([
      ['nudge:morning-light:0', '2026-11-24T08:00'],
      ['nudge:morning-light:1', '2026-11-23T13:00'],
    ]);
    clockAt('2026-11-23T08:01');
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 0);
    await runNudges();
    expect(await readCheckins(['2026-11-23'])).toEqual([{ 'morning-light': 'done' }]);
    expect(await notifications()).toEqual([]);
    expect(await logToday()).toEqual([
      ['morning-light', 'shown', ''],
      ['morning-light', 'done', ''],
    ]);
    // Today's goal is met: the 13:00 nudge is not needed today.
    expect(await alarms()).toEqual([
      ['nudge:morning-light:0', '2026-11-24T08:00'],
      ['nudge:morning-light:1', '2026-11-24T13:00'],
    ]);
  });

  it('"Snooze 10 min" brings the same nudge back ten minutes later', async () => {
    const id = await shownAt8();
    clockAt('2026-11-23T08:01');
    await fakeBrowser.notifications.onButtonClicked.trigger(id, 1);
    await runNudges();
    expect(await notifications()).toEqual([]);
    expect(await alarms()).toContainEqual(['snooze:morning-light:0', '2026-11-23T08:11']);
    clockAt('2026-11-23T08:11');
    await fire('snooze:morning-light:0', '2026-11-23T08:11');
    expect(await notifications()).toHaveLength(1);
    expect((await logToday()).map((e) => e[1])).toEqual(['shown', 'snoozed', 'shown']);
  });

  it('logs a notification the patient closes as dismissed', async () => {
    const id = await shownAt8();
    await onNotificationClosed(id, true);
    await onNotificationClosed(id, false); // closed by Afterglow itself: not the patient's answer
    expect((await logToday()).map((e) => e[1])).toEqual(['shown', 'dismissed']);
  });

  it('in Firefox, logs no dismissal: there every close says "by the user", even Afterglow\'s own', async () => {
    vi.stubEnv('FIREFOX', 'true'); // WXT's build sets it to true; stubEnv takes text
    try {
      const id = await shownAt8();
      await onNotificationClosed(id, true);
      expect((await logToday()).map((e) => e[1])).toEqual(['shown']);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a click opens the popup, or the nudge page where the popup cannot open', async () => {
    const id = await shownAt8();
    const created = vi.fn();
    fakeBrowser.tabs.onCreated.addListener(created);
    await onNotificationClick(id); // fakeBrowser cannot open the popup
    expect(created).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining(`/nudge.html?n=${encodeURIComponent(id)}`) }));

    const openPopup = vi.fn(async () => {});
    Object.assign(fakeBrowser.action, { openPopup });
    created.mockClear();
    await onNotificationClick(id);
    expect(openPopup).toHaveBeenCalled();
    expect(created).not.toHaveBeenCalled();
  });
});
