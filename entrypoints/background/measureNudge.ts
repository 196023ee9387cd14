import { browser } from 'wxt/browser';
import { t } from '@/utils/catalogue';
import { MEASURES_ALARM, measureNudgeAt, shouldRemind } from '@/utils/measures/nudge';
import { measureDue } from '@/utils/measures/schedule';
import { readLatestScores } from '@/utils/shell/latestScores';
import { loadSnapshot } from '@/utils/shell/snapshot';
import { dayKey } from '@/utils/time/dayKey';

/** The stored records the reminder depends on. */
export const MEASURE_NUDGE_INPUTS = ['measures', 'treatment'] as const;

async function dueNow(now: Date) {
  const stored = await loadSnapshot(now);
  const latest = await readLatestScores();
  return { stored, due: measureDue(stored.treatment, stored.measures, latest, now) };
}

/** Sets (or clears) the one reminder alarm for the next due day. Idempotent. */
export async function scheduleMeasureNudge(now = new Date()): Promise<void> {
  const { stored, due } = await dueNow(now);
  const at = measureNudgeAt(due, stored.measures, now);
  if (at === null) await browser.alarms.clear(MEASURES_ALARM);
  else await browser.alarms.create(MEASURES_ALARM, { when: at });
}

/** The alarm fired: remind if the questionnaires are still due, then set the next one. */
export async function onMeasureAlarm(now = new Date()): Promise<void> {
  const { stored, due } = await dueNow(now);
  if (shouldRemind(due, stored.measures, stored.settings.pausedUntil, dayKey(now), now)) {
    await browser.notifications.create(MEASURES_ALARM, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('measuresNudgeTitle'),
      message: t(due.status === 'baseline' ? 'measuresDueBaselineNow' : 'measuresDueNow'),
    });
  }
  await scheduleMeasureNudge(now);
}

/** Registers the reminder's listeners. Call synchronously at worker start. */
export function registerMeasureNudge(): void {
  browser.runtime.onInstalled.addListener(() => void scheduleMeasureNudge());
  browser.runtime.onStartup.addListener(() => void scheduleMeasureNudge());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === MEASURES_ALARM) void onMeasureAlarm();
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id !== MEASURES_ALARM) return;
    void browser.notifications.clear(id);
    void browser.tabs.create({ url: browser.runtime.getURL('/measures.html') });
  });
}
