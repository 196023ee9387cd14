import { browser } from 'wxt/browser';
import { clinicNudgeTexts } from '@/utils/clinic/contact';
import { alarmPlan, dueOccurrences } from '@/utils/nudges/alarmPlan';
import { goalWeek, nudgeContext } from '@/utils/nudges/context';
import { ideaNumber, nudgeMessage } from '@/utils/nudges/message';
import type { NudgeAlarm, NudgeContext } from '@/utils/nudges/schedule';
import { fireVerdict, notificationId, occurrenceId, parseNotificationId, parseNudgeAlarm, wantedAlarms } from '@/utils/nudges/schedule';
import { allAlarms, applyAlarmPlan } from '@/utils/shell/alarms';
import { appendNudgeLog, readCheckins } from '@/utils/shell/history';
import { queryIdle, watchIdle } from '@/utils/shell/idle';
import { markNudgeDone, snoozeNudge } from '@/utils/shell/nudgeActions';
import { claimOccurrence } from '@/utils/shell/nudgeClaims';
import { closedByUser } from '@/utils/shell/firefoxClosedByUser';
import { clearNotification, NOTIFICATION_BUTTONS, showNudgeNotification } from '@/utils/shell/notifications';
import { loadSnapshot, updateRecord } from '@/utils/shell/snapshot';
import type { StoredKey } from '@/utils/stored/keys';
import type { Snapshot } from '@/utils/stored/snapshot';
import { dayKey } from '@/utils/time/dayKey';
import { phaseAt } from '@/utils/treatment/phaseAt';

/** The stored records a run depends on: a change to any of them runs the nudges again. */
export const NUDGE_INPUTS: StoredKey[] = ['habits', 'settings', 'treatment', 'nudgeState'];

/** Everything a run needs, read fresh each time (the worker keeps nothing): one snapshot, one week. */
async function loadInputs(now: Date): Promise<{ ctx: NudgeContext; stored: Snapshot }> {
  const stored = await loadSnapshot(now);
  const { habits, settings, treatment, nudgeState: state } = stored;
  const week = await readCheckins(goalWeek(settings, now));
  return { ctx: nudgeContext({ habits: habits.habits, settings, treatment, week, state, now }), stored };
}

/** Shows one due occurrence, or logs why not; at most once, whoever asks first. */
async function handleDue(due: NudgeAlarm, now: Date, { ctx, stored }: Awaited<ReturnType<typeof loadInputs>>): Promise<void> {
  const parsed = parseNudgeAlarm(due.name);
  const habit = ctx.habits.find((h) => h.id === parsed?.habitId && h.status === 'active');
  const rule = parsed && habit?.nudges[parsed.ruleIndex];
  if (!habit || !rule) return; // removed or paused since: nothing was due
  let reason = fireVerdict(habit, rule, due.when, now.getTime(), ctx, 'active');
  if (reason === null) reason = fireVerdict(habit, rule, due.when, now.getTime(), ctx, await queryIdle());

  const claim = await claimOccurrence(occurrenceId(due.name, due.when), habit.id, reason ? 'dropped' : 'shown', now);
  if (!claim) return;
  const day = dayKey(now);
  const at = now.toISOString();
  if (reason) {
    await appendNudgeLog(day, { at, habitId: habit.id, outcome: 'dropped', reason });
    return;
  }
  const idea = ideaNumber(day, claim.shownBefore);
  // The clinic's own words for this habit, if it gave any, join the rotation.
  const clinicTexts = habit.preset ? clinicNudgeTexts(stored.clinic, habit.preset) : [];
  const message = nudgeMessage(habit, idea, phaseAt(stored.treatment, now).window, clinicTexts);
  await showNudgeNotification(notificationId(due.name, due.when, idea), message);
  await appendNudgeLog(day, { at, habitId: habit.id, outcome: 'shown' });
}

/**
 * One run: handle what is due, then make the alarms match the wanted ones. Runs on install,
 * update, start-up, worker start, every change of habits, settings, treatment or nudge state,
 * and after each nudge alarm. Running it again changes nothing.
 */
async function runOnce(fired: NudgeAlarm[], now: Date): Promise<void> {
  const [inputs, existing] = await Promise.all([loadInputs(now), allAlarms()]);
  const lastSet = inputs.stored.nudgeSchedule;
  for (const due of dueOccurrences(fired, existing, lastSet, now.getTime())) await handleDue(due, now, inputs);

  const wanted = wantedAlarms(inputs.ctx, now.getTime());
  await applyAlarmPlan(alarmPlan(wanted, existing));
  const schedule = Object.fromEntries(wanted.map((a) => [a.name, a.when]));
  if (JSON.stringify(schedule) !== JSON.stringify(lastSet)) await updateRecord('nudgeSchedule', () => schedule);
}

// Runs one at a time, so two never diff against the same alarms; requests that arrive while
// one waits join it. This is a lock for the worker's lifetime, not state: every run reads
// storage afresh.
let chain: Promise<void> = Promise.resolve();
let waiting: { fired: NudgeAlarm[] } | null = null;

export function runNudges(fired?: NudgeAlarm, now?: () => Date): Promise<void> {
  if (!waiting) {
    const batch = (waiting = { fired: [] as NudgeAlarm[] });
    chain = chain
      .then(() => {
        waiting = null;
        return runOnce(batch.fired, now?.() ?? new Date());
      })
      .catch((error: unknown) => console.error('Afterglow: nudges run failed', error));
  }
  if (fired) waiting!.fired.push(fired);
  return chain;
}

export async function onNotificationButton(id: string, button: number, now = new Date()): Promise<void> {
  if (button === 0) await markNudgeDone(id, now);
  else await snoozeNudge(id, now);
  // Done may meet today's goal, which moves the habit's other nudges; a snooze adds an alarm.
  await runNudges(undefined, () => now);
}

/** A click on the notification: the popup where the browser allows it, else the nudge page. */
export async function onNotificationClick(id: string): Promise<void> {
  if (!parseNotificationId(id)) return;
  await clearNotification(id);
  if (NOTIFICATION_BUTTONS) {
    try {
      await browser.action.openPopup();
      return;
    } catch {
      // No focused window, or a browser that allows it only on a user gesture.
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/nudge.html?n=${encodeURIComponent(id)}`) });
}

export async function onNotificationClosed(id: string, byUser: boolean, now = new Date()): Promise<void> {
  const alarm = parseNudgeAlarm(parseNotificationId(id)?.name ?? '');
  if (!alarm || !closedByUser(byUser)) return;
  await appendNudgeLog(dayKey(now), { at: now.toISOString(), habitId: alarm.habitId, outcome: 'dismissed' });
}

/** Back at the computer after time away: that was a break, so the break interval starts again. */
export async function onIdleStateChanged(state: string, now = new Date()): Promise<void> {
  if (state === 'active') await updateRecord('nudgeState', (s) => ({ ...s, activeSince: now.toISOString() }));
}

/** Registers every nudge listener. Call synchronously at worker start. */
export function registerNudges(): void {
  browser.runtime.onInstalled.addListener(() => void runNudges());
  browser.runtime.onStartup.addListener(() => void runNudges());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (parseNudgeAlarm(alarm.name)) void runNudges({ name: alarm.name, when: alarm.scheduledTime });
  });
  // These return their promise (ignored by the browser) so a test can wait for the answer.
  browser.notifications.onButtonClicked.addListener((id, button) => onNotificationButton(id, button));
  browser.notifications.onClicked.addListener((id) => onNotificationClick(id));
  browser.notifications.onClosed.addListener((id, byUser) => onNotificationClosed(id, byUser));
  watchIdle((state) => void onIdleStateChanged(state));
  // Changes of its inputs reach runNudges through the background's one storage watcher (index.ts).
  void runNudges();
}
