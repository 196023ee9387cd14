import type { NudgeAlarm } from './schedule';
import { parseNudgeAlarm } from './schedule';

/**
 * What to change so the browser's alarms match the wanted ones. Only nudge alarms are
 * touched; any other alarm (the badge's) is left as it is. Equal plans on a second run are
 * empty: the reconcile is idempotent.
 */
export function alarmPlan(wanted: NudgeAlarm[], existing: NudgeAlarm[]): { create: NudgeAlarm[]; clear: string[] } {
  const ours = existing.filter((a) => parseNudgeAlarm(a.name));
  const wantedNames = new Set(wanted.map((a) => a.name));
  return {
    create: wanted.filter((w) => !ours.some((a) => a.name === w.name && a.when === w.when)),
    clear: ours.filter((a) => !wantedNames.has(a.name)).map((a) => a.name),
  };
}

/**
 * The nudge occurrences due now: alarms that just fired, alarms past their time that have not
 * fired yet (the browser was closed), and occurrences set on an earlier run whose alarm is gone
 * (the worker stopped before handling it, or the browser dropped its alarms). One per alarm
 * name, the latest: never a burst, and never twice when the browser fired an alarm a little
 * later than it was set for (Chrome delays alarms under 30 s away).
 */
export function dueOccurrences(
  fired: NudgeAlarm[],
  existing: NudgeAlarm[],
  lastSet: Record<string, number>,
  now: number,
): NudgeAlarm[] {
  const latest = new Map<string, number>();
  const earlier = Object.entries(lastSet).map(([name, when]) => ({ name, when }));
  for (const a of [...fired, ...existing, ...earlier]) {
    if (parseNudgeAlarm(a.name) && a.when <= now && a.when > (latest.get(a.name) ?? -Infinity)) latest.set(a.name, a.when);
  }
  return [...latest].map(([name, when]) => ({ name, when })).sort((a, b) => a.when - b.when);
}
