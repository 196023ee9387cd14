import { describe, expect, it } from 'vitest';
import type { ReplayDay } from '@/bench/wakeReplay';
import { replayWakes, typicalSetup } from '@/bench/wakeReplay';

// How often the service worker wakes in a week of the typical setup (issue 4's closing note),
// with the real scheduler and badge rules. Printed for the note and the benchmark (issue 7).
const monday = new Date(2026, 10, 23); // Monday 23 November 2026

function print(title: string, days: ReplayDay[]) {
  const total = (f: (d: ReplayDay) => number) => days.reduce((sum, d) => sum + f(d), 0);
  const dropped = (d: ReplayDay) => Object.values(d.dropped).reduce((a, b) => a + b, 0);
  const rows = days.map(
    (d) =>
      `${d.day}  wakes ${String(d.wakes).padStart(3)}  badge ${String(d.badgeAlarms).padStart(3)}  nudge alarms ${String(d.nudgeAlarms).padStart(2)}  idle events ${String(d.idleEvents).padStart(2)}  shown ${String(d.shown).padStart(2)}  dropped ${JSON.stringify(d.dropped)}`,
  );
  console.log(
    [
      `== ${title}`,
      ...rows,
      `week: ${total((d) => d.wakes)} wakes (${total((d) => d.badgeAlarms)} badge alarms, ${total((d) => d.nudgeAlarms)} nudge alarms, ${total((d) => d.idleEvents)} idle events), ${total((d) => d.shown)} nudges shown, ${total(dropped)} dropped`,
    ].join('\n'),
  );
}

describe('service-worker wake-ups in a typical week', () => {
  it('maintenance week (last infusion a month ago): the worked-out Monday matches', () => {
    const days = replayWakes(typicalSetup(['2026-10-23T07:00:00.000Z']), monday);
    print('maintenance week, last infusion a month before', days);
    expect(days).toHaveLength(7);
    const [mon] = days;
    // Monday, worked out by hand from the rules and the patient's day (bench/wakeReplay.ts):
    // morning light 08:00 shown (at the computer since 07:55); breaks 10:00, 11:00, 12:00
    // shown; 13:00 dropped (at lunch, idle since 12:15); back at 13:05, which restarts the
    // interval: 14:05, 15:05, 16:05 shown (17:05 is past working hours); evening light 18:30
    // dropped (away since 17:30); wind-down 21:30 shown.
    expect(mon!.nudgeAlarms).toBe(10);
    expect(mon!.shown).toBe(8);
    expect(mon!.dropped).toEqual({ idle: 2 });
    // Idle changes: back 07:55, idle 12:15, back 13:05, idle 17:35, back 19:30, idle 21:50.
    expect(mon!.idleEvents).toBe(6);
    // The replay starts at Monday midnight; from Tuesday on the badge's midnight refresh counts.
    expect(mon!.badgeAlarms).toBe(0);
    expect(days.slice(1).map((d) => d.badgeAlarms)).toEqual([1, 1, 1, 1, 1, 1]);
    // No two events within 30 s of each other: every event is a wake.
    expect(mon!.wakes).toBe(10 + 6);
    // Weekend: no breaks; morning light, evening light and wind-down find the patient away.
    const sat = days[5]!;
    expect([sat.nudgeAlarms, sat.shown, sat.dropped]).toEqual([3, 0, { idle: 3 }]);
    expect(sat.wakes).toBe(3 + 4 + 1);
  });

  it('induction week with infusions Tuesday and Friday 09:00: the window makes the badge the main waker', () => {
    const days = replayWakes(typicalSetup([new Date(2026, 10, 24, 9).toISOString(), new Date(2026, 10, 27, 9).toISOString()]), monday);
    print('induction week, infusions Tue and Fri 09:00', days);
    const tue = days[1]!;
    // Rest day: breaks and evening light are not even scheduled after the 09:00 infusion.
    expect(tue.dropped['rest-day'] ?? 0).toBe(0);
    expect([tue.nudgeAlarms, tue.shown]).toEqual([2, 2]); // morning light 08:00, wind-down 21:30
    // The badge counts the window down hour by hour: at 09:00, then 10:00 … 23:00, after the
    // midnight refresh that turns the tooltip's "next infusion tomorrow 9:00" into "today" (issue 16).
    expect(tue.badgeAlarms).toBe(16);
    // Wednesday is still inside the window: 24 hourly changes. The nudges say so.
    expect(days[2]!.badgeAlarms).toBe(24);
  });
});
