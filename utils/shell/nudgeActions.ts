import { dayKey } from '@/utils/time/dayKey';
import { parseNotificationId, parseNudgeAlarm, ruleKey, SNOOZE_MS } from '@/utils/nudges/schedule';
import { appendNudgeLog, writeCheckin } from './history';
import { clearNotification } from './notifications';
import { updateRecord } from './snapshot';

/**
 * What the patient can answer to a nudge, from the notification's buttons (Chrome) or the
 * nudge page (Firefox, or when the popup cannot open). `id` is the notification id.
 */

/** "Done": the habit is checked in for today, and the answer logged. */
export async function markNudgeDone(id: string, now = new Date()): Promise<boolean> {
  const alarm = parseNudgeAlarm(parseNotificationId(id)?.name ?? '');
  if (!alarm) return false;
  const day = dayKey(now);
  await writeCheckin(day, alarm.habitId, 'done');
  await appendNudgeLog(day, { at: now.toISOString(), habitId: alarm.habitId, outcome: 'done' });
  await clearNotification(id);
  return true;
}

/** "Snooze 10 min": the same nudge comes again; the background sets the alarm on the change. */
export async function snoozeNudge(id: string, now = new Date()): Promise<Date | null> {
  const alarm = parseNudgeAlarm(parseNotificationId(id)?.name ?? '');
  if (!alarm) return null;
  const until = new Date(now.getTime() + SNOOZE_MS);
  await updateRecord('nudgeState', (state) => ({
    ...state,
    // Snoozes that have come and gone are dropped here, so the record stays small.
    snoozes: {
      ...Object.fromEntries(Object.entries(state.snoozes).filter(([, at]) => Date.parse(at) > now.getTime())),
      [ruleKey(alarm.habitId, alarm.ruleIndex)]: until.toISOString(),
    },
  }));
  await appendNudgeLog(dayKey(now), { at: now.toISOString(), habitId: alarm.habitId, outcome: 'snoozed' });
  await clearNotification(id);
  return until;
}
