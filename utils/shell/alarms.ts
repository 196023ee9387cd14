import { browser } from 'wxt/browser';
import type { NudgeAlarm } from '@/utils/nudges/schedule';

/** Every alarm of the extension, as name and time. */
export async function allAlarms(): Promise<NudgeAlarm[]> {
  return (await browser.alarms.getAll()).map((a) => ({ name: a.name, when: a.scheduledTime }));
}

export async function applyAlarmPlan(plan: { create: NudgeAlarm[]; clear: string[] }): Promise<void> {
  await Promise.all([
    ...plan.clear.map((name) => browser.alarms.clear(name)),
    ...plan.create.map((a) => browser.alarms.create(a.name, { when: a.when })),
  ]);
}
