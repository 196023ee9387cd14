// Wake-ups in a typical week, from the replay of the background (bench/wakeReplay.ts: the real
// scheduler and badge rules over 7 days), bundled for Node by bench/bundle.js.
import { importTs } from './bundle.js';

/** The week of the replay's own test (tests/unit/bench/wakeReplay.test.ts): Monday 23 November 2026. */
const MONDAY = new Date(2026, 10, 23);

const sum = (days, f) => days.reduce((total, d) => total + f(d), 0);

/** The week's totals for one setup, with the target: wake-ups ≤ nudges shown + badge changes. */
function totals(title, days) {
  const dropped = {};
  for (const d of days) for (const [reason, n] of Object.entries(d.dropped)) dropped[reason] = (dropped[reason] ?? 0) + n;
  const week = {
    title,
    wakes: sum(days, (d) => d.wakes),
    shown: sum(days, (d) => d.shown),
    badgeChanges: sum(days, (d) => d.badgeAlarms),
    nudgeAlarms: sum(days, (d) => d.nudgeAlarms),
    idleEvents: sum(days, (d) => d.idleEvents),
    dropped,
    days,
  };
  week.allowed = week.shown + week.badgeChanges;
  week.met = week.wakes <= week.allowed;
  return week;
}

/** The typical setup (wakeReplay.ts typicalSetup) in a maintenance week and an induction week. */
export async function replayWeeks(outDir) {
  const { replayWakes, typicalSetup } = await importTs('bench/wakeReplay.ts', outDir);
  const at = (day, hour) => new Date(2026, 10, day, hour).toISOString();
  return [
    totals('maintenance week (last infusion a month before)', replayWakes(typicalSetup(['2026-10-23T07:00:00.000Z']), MONDAY)),
    totals('induction week (infusions Tue and Fri 09:00)', replayWakes(typicalSetup([at(24, 9), at(27, 9)]), MONDAY)),
  ];
}
