import { nextBadgeChange } from '@/utils/treatment/badge';
import { dayAt } from '@/utils/time/clockTime';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey } from '@/utils/time/dayKey';
import type { Habit, PresetId } from '@/utils/habits/record';
import { PRESETS } from '@/utils/habits/record';
import { goalWeek, nudgeContext } from '@/utils/nudges/context';
import type { DropReason } from '@/utils/nudges/schedule';
import { fireVerdict, parseNudgeAlarm, wantedAlarms } from '@/utils/nudges/schedule';
import type { Settings } from '@/utils/settings/record';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import type { DayCheckins } from '@/utils/history/records';
import type { TreatmentRecord } from '@/utils/treatment/record';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

/**
 * A replay of the background over days, with the real scheduler and badge rules: how often
 * the service worker is woken (alarms that fire, idle changes) against how many nudges are
 * shown. Pure, so the benchmark (issue 7) can run it for any setup.
 */

const MINUTE_MS = 60_000;
/** Chrome stops an idle service worker after 30 seconds; events closer together share a wake. */
const WORKER_LIFETIME_MS = 30_000;
/** browser.idle reports "idle" after this long without input (utils/shell/idle.ts). */
const IDLE_AFTER_MS = 5 * MINUTE_MS;

export interface ReplaySetup {
  habits: Habit[];
  settings: Settings;
  treatment: TreatmentRecord;
  /** Whether the patient is at the computer (giving input) at a moment. */
  atComputer: (at: Date) => boolean;
  /** Habits the patient answers "Done" to when nudged. */
  answersDone: ReadonlySet<string>;
}

export interface ReplayDay {
  day: DayKey;
  /** Times the worker starts: events more than 30 s after the previous one. */
  wakes: number;
  badgeAlarms: number;
  nudgeAlarms: number;
  idleEvents: number;
  shown: number;
  dropped: Partial<Record<DropReason, number>>;
}

type Event = { at: number; kind: 'alarm'; name: string } | { at: number; kind: 'idle' | 'active' };

/** The idle and active events browser.idle sends for a patient who comes and goes. */
function idleEvents(setup: ReplaySetup, from: number, to: number): Event[] {
  const events: Event[] = [];
  // Away already at the start: the idle state is old news, but the return is an event.
  let awaySince: number | null = setup.atComputer(new Date(from)) ? null : from - IDLE_AFTER_MS - MINUTE_MS;
  for (let t = from; t < to; t += MINUTE_MS) {
    const here = setup.atComputer(new Date(t));
    if (!here && awaySince === null) awaySince = t;
    if (!here && awaySince !== null && t - awaySince === IDLE_AFTER_MS) events.push({ at: t, kind: 'idle' });
    if (here && awaySince !== null) {
      if (t - awaySince >= IDLE_AFTER_MS) events.push({ at: t, kind: 'active' });
      awaySince = null;
    }
  }
  return events;
}

export function replayWakes(setup: ReplaySetup, from: Date, days = 7): ReplayDay[] {
  const start = from.getTime();
  const end = dayAt(from, days).getTime();
  const checkins = new Map<DayKey, DayCheckins>();
  const alarms = new Map<string, number>();
  let activeSince: number | null = null;
  const idle = idleEvents(setup, start, end);
  const result = new Map<DayKey, ReplayDay>();
  const dayOf = (at: number) => {
    const key = dayKey(new Date(at));
    if (!result.has(key)) result.set(key, { day: key, wakes: 0, badgeAlarms: 0, nudgeAlarms: 0, idleEvents: 0, shown: 0, dropped: {} });
    return result.get(key)!;
  };
  const context = (at: number) => {
    const now = new Date(at);
    const week = goalWeek(setup.settings, now).map((key) => checkins.get(key) ?? {});
    const state = { activeSince: activeSince === null ? null : new Date(activeSince).toISOString(), snoozes: {} };
    return nudgeContext({ habits: setup.habits, settings: setup.settings, treatment: setup.treatment, week, state, now });
  };
  // The reconcile step, as the background runs it after every event.
  const reconcile = (at: number) => {
    for (const name of [...alarms.keys()]) if (parseNudgeAlarm(name)) alarms.delete(name);
    for (const a of wantedAlarms(context(at), at)) alarms.set(a.name, a.when);
  };
  // The badge keeps its own alarm, set again only when it fires (entrypoints/background/badgeUpdater.ts).
  const refreshBadge = (at: number) => {
    const badge = nextBadgeChange(setup.treatment, new Date(at));
    if (badge) alarms.set('badge', badge.getTime());
  };

  reconcile(start);
  refreshBadge(start);
  let lastEvent = -Infinity;
  let idleIndex = 0;
  for (;;) {
    const [name, when] = [...alarms.entries()].reduce<[string, number] | [null, number]>(
      (soonest, entry) => (entry[1] < soonest[1] ? entry : soonest),
      [null, Infinity],
    );
    const nextIdle = idle[idleIndex];
    const event: Event | null =
      nextIdle && nextIdle.at < when ? nextIdle : name !== null ? { at: when, kind: 'alarm', name } : null;
    if (!event || event.at >= end) break;
    const day = dayOf(event.at);
    if (event.at - lastEvent > WORKER_LIFETIME_MS) day.wakes += 1;
    lastEvent = event.at;

    if (event.kind !== 'alarm') {
      idleIndex += 1;
      day.idleEvents += 1;
      if (event.kind === 'active') activeSince = event.at;
    } else if (event.name === 'badge') {
      alarms.delete('badge');
      day.badgeAlarms += 1;
      refreshBadge(event.at);
      continue;
    } else {
      alarms.delete(event.name);
      day.nudgeAlarms += 1;
      const parsed = parseNudgeAlarm(event.name)!;
      const habit = setup.habits.find((h) => h.id === parsed.habitId)!;
      // browser.idle says "idle" after five minutes without input.
      let present = false;
      for (let t = event.at - IDLE_AFTER_MS; t <= event.at && !present; t += MINUTE_MS) present = setup.atComputer(new Date(t));
      const reason = fireVerdict(habit, habit.nudges[parsed.ruleIndex]!, event.at, event.at, context(event.at), present ? 'active' : 'idle');
      if (reason) day.dropped[reason] = (day.dropped[reason] ?? 0) + 1;
      else {
        day.shown += 1;
        if (setup.answersDone.has(habit.id)) {
          const key = dayKey(new Date(event.at));
          checkins.set(key, { ...checkins.get(key), [habit.id]: 'done' });
        }
      }
    }
    reconcile(event.at);
  }
  return [...result.values()];
}

const presetHabit = (id: PresetId, name: string): Habit => ({
  id,
  preset: id,
  name,
  direction: PRESETS[id].direction,
  goal: PRESETS[id].goal,
  status: 'active',
  createdAt: '2026-01-01T00:00:00.000Z',
  nudges: PRESETS[id].nudges,
});

/** Between `from` and `to` ("HH:mm"), local time. */
const between = (at: Date, from: string, to: string) => {
  const m = at.getHours() * 60 + at.getMinutes();
  const [fh, fm] = from.split(':').map(Number) as [number, number];
  const [th, tm] = to.split(':').map(Number) as [number, number];
  return m >= fh * 60 + fm && m < th * 60 + tm;
};

/**
 * The typical setup of the closing note of issue 4: morning and evening light, movement
 * breaks every hour in working hours (Mon–Fri 09:00–17:00), wind-down an hour before a 22:30
 * bedtime, all defaults. The patient works at the computer 07:55–12:10 and 13:05–17:30 on
 * weekdays and is back at it 19:30–21:45; at weekends only 09:00–10:30 and 19:30–21:00. They
 * answer "Done" to morning light. `infusions` (ISO) are entered in the treatment record.
 */
export function typicalSetup(infusions: string[] = []): ReplaySetup {
  return {
    habits: [
      presetHabit('morning-light', 'Morning light outside'),
      presetHabit('evening-light', 'Evening light outside'),
      presetHabit('movement-breaks', 'Movement breaks at the computer'),
      presetHabit('wind-down', 'Wind-down for sleep'),
    ],
    settings: { ...DEFAULT_SETTINGS, weekStartsOn: 1 },
    treatment: { ...EMPTY_TREATMENT, infusions: infusions.map((at) => ({ at, kind: 'infusion' })) },
    atComputer: (at) => {
      const weekend = at.getDay() === 0 || at.getDay() === 6;
      return weekend
        ? between(at, '09:00', '10:30') || between(at, '19:30', '21:00')
        : between(at, '07:55', '12:10') || between(at, '13:05', '17:30') || between(at, '19:30', '21:45');
    },
    answersDone: new Set(['morning-light']),
  };
}
