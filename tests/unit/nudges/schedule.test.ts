import { describe, expect, it } from 'vitest';
import { shiftDay } from '@/utils/time/dayKey';
import type { Habit, Weekday } from '@/utils/habits/record';
import type { DropReason } from '@/utils/nudges/schedule';
import {
  fireVerdict,
  MAX_NUDGE_ALARMS,
  nextNudge,
  nextNudgeAt,
  parseNotificationId,
  parseNudgeAlarm,
  notificationId,
  upcomingNudges,
  wantedAlarms,
} from '@/utils/nudges/schedule';
import type { Scene } from './fixtures';
import { local, preset, scene, wall } from './fixtures';

// Monday 23 November 2026 is the usual day. The suite runs under America/Los_Angeles and
// Europe/Berlin, whose DST changes fall on different Sundays.
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
const berlin = tz === 'Europe/Berlin';

const morning = preset('morning-light');
const evening = preset('evening-light');
const breaks = preset('movement-breaks');
const windDown = preset('wind-down');
const reflect = preset('reflect');
const at = (time: string, weekdays = [0, 1, 2, 3, 4, 5, 6]) =>
  preset('morning-light', { nudges: [{ kind: 'clock', time, weekdays: weekdays as Weekday[] }] });

/** Each row: a scene, the habit asked about, and its next nudge as local wall-clock time. */
const table: Array<[string, Scene, Habit, string | null]> = [
  ['morning light comes at 08:00 the same morning', { habits: [morning], now: '2026-11-23T07:00' }, morning, '2026-11-23T08:00'],
  ['a nudge due right now is past: the next is tomorrow', { habits: [morning], now: '2026-11-23T08:00' }, morning, '2026-11-24T08:00'],
  ['evening light comes at 18:30', { habits: [evening], now: '2026-11-23T12:00' }, evening, '2026-11-23T18:30'],
  // Working hours (Monday–Friday 09:00–17:00).
  ['the first movement break comes an hour into the working day', { habits: [breaks], now: '2026-11-23T08:00' }, breaks, '2026-11-23T10:00'],
  ['breaks follow each hour inside working hours', { habits: [breaks], now: '2026-11-23T10:00' }, breaks, '2026-11-23T11:00'],
  ['no break at the end of the working day: the next is tomorrow', { habits: [breaks], now: '2026-11-23T16:30' }, breaks, '2026-11-24T10:00'],
  ['no breaks at the weekend: Friday afternoon leads to Monday', { habits: [breaks], now: '2026-11-27T16:30' }, breaks, '2026-11-30T10:00'],
  ['on a Saturday the next break is Monday', { habits: [breaks], now: '2026-11-28T12:00' }, breaks, '2026-11-30T10:00'],
  [
    'working hours set to 13:00–18:00 move the breaks with them',
    { habits: [breaks], settings: { workingHours: { days: [1, 2, 3, 4, 5], start: '13:00', end: '18:00' } }, now: '2026-11-23T09:00' },
    breaks,
    '2026-11-23T14:00',
  ],
  [
    'a 90-minute interval counts from the start of work',
    { habits: [preset('movement-breaks', { nudges: [{ kind: 'interval', everyMinutes: 90 }] })], now: '2026-11-23T10:31' },
    preset('movement-breaks', { nudges: [{ kind: 'interval', everyMinutes: 90 }] }),
    '2026-11-23T12:00',
  ],
  [
    'time away is a break: the interval starts again from the return',
    { habits: [breaks], state: { activeSince: new Date('2026-11-23T10:20').toISOString() }, now: '2026-11-23T10:25' },
    breaks,
    '2026-11-23T11:20',
  ],
  [
    'a late alarm after sleep: woken at 10:40, the next break is an hour on',
    { habits: [breaks], state: { activeSince: new Date('2026-11-23T10:40').toISOString() }, now: '2026-11-23T10:40' },
    breaks,
    '2026-11-23T11:40',
  ],
  [
    'a return from time away yesterday does not shift today',
    { habits: [breaks], state: { activeSince: new Date('2026-11-23T16:20').toISOString() }, now: '2026-11-24T08:00' },
    breaks,
    '2026-11-24T10:00',
  ],
  // Weekdays of a clock rule.
  ['a weekday-only time skips the weekend', { habits: [at('08:00', [1, 2, 3, 4, 5])], now: '2026-11-27T09:00' }, at('08:00', [1, 2, 3, 4, 5]), '2026-11-30T08:00'],
  ['a rule with no days never comes', { habits: [at('08:00', [])], now: '2026-11-27T09:00' }, at('08:00', []), null],
  // Quiet hours (21:30–07:30 by default, across midnight).
  ['a time inside quiet hours never comes', { habits: [at('23:00')], now: '2026-11-23T12:00' }, at('23:00'), null],
  ['a time after midnight inside quiet hours never comes', { habits: [at('07:00')], now: '2026-11-23T12:00' }, at('07:00'), null],
  ['quiet hours end at 07:30: a 07:30 nudge comes', { habits: [at('07:30')], now: '2026-11-23T12:00' }, at('07:30'), '2026-11-24T07:30'],
  ['the wind-down at 21:30, as quiet hours begin, still comes', { habits: [windDown], now: '2026-11-23T12:00' }, windDown, '2026-11-23T21:30'],
  [
    'quiet hours 23:00–06:00 silence 05:59 but not 06:00',
    { habits: [at('05:59')], settings: { quietHours: { start: '23:00', end: '06:00' } }, now: '2026-11-23T12:00' },
    at('05:59'),
    null,
  ],
  [
    'quiet hours that do not cross midnight (13:00–14:00) silence a 13:30 nudge',
    { habits: [at('13:30')], settings: { quietHours: { start: '13:00', end: '14:00' } }, now: '2026-11-23T12:00' },
    at('13:30'),
    null,
  ],
  // Bedtime.
  [
    'wind-down follows the bedtime setting',
    { habits: [windDown], settings: { bedtime: '23:15', quietHours: { start: '23:30', end: '07:00' } }, now: '2026-11-23T12:00' },
    windDown,
    '2026-11-23T22:15',
  ],
  [
    'a bedtime after midnight belongs to the night before',
    { habits: [windDown], settings: { bedtime: '00:30', quietHours: { start: '23:45', end: '07:00' } }, now: '2026-11-23T12:00' },
    windDown,
    '2026-11-23T23:30',
  ],
  // Pause.
  [
    'paused until 09:00: the 08:00 nudge is skipped, the next is tomorrow',
    { habits: [morning], settings: { pausedUntil: new Date('2026-11-23T09:00').toISOString() }, now: '2026-11-23T07:00' },
    morning,
    '2026-11-24T08:00',
  ],
  [
    'paused until 10:30: breaks resume on their own at 11:00',
    { habits: [breaks], settings: { pausedUntil: new Date('2026-11-23T10:30').toISOString() }, now: '2026-11-23T09:30' },
    breaks,
    '2026-11-23T11:00',
  ],
  [
    'a pause that has ended changes nothing',
    { habits: [morning], settings: { pausedUntil: new Date('2026-11-22T09:00').toISOString() }, now: '2026-11-23T07:00' },
    morning,
    '2026-11-23T08:00',
  ],
  // Rest day: from an infusion until 06:00 the next morning, no movement or outdoor nudges.
  ['no evening light on the infusion day', { habits: [evening], infusions: ['2026-11-23T09:00'], now: '2026-11-23T10:00' }, evening, '2026-11-24T18:30'],
  ['no movement breaks on the infusion day', { habits: [breaks], infusions: ['2026-11-23T09:00'], now: '2026-11-23T08:00' }, breaks, '2026-11-24T10:00'],
  ['morning light comes again the next morning', { habits: [morning], infusions: ['2026-11-23T09:00'], now: '2026-11-23T10:00' }, morning, '2026-11-24T08:00'],
  [
    'a planned infusion tomorrow silences tomorrow evening already',
    { habits: [evening], infusions: ['2026-11-24T09:00'], now: '2026-11-24T08:00' },
    evening,
    '2026-11-25T18:30',
  ],
  ['the wind-down is not movement: it still comes on the rest day', { habits: [windDown], infusions: ['2026-11-23T09:00'], now: '2026-11-23T10:00' }, windDown, '2026-11-23T21:30'],
  [
    'a custom habit with an activity counts as movement',
    { habits: [{ ...at('12:00'), id: 'custom-walk', preset: null, name: 'Walk at lunch', activity: 'walk' }], infusions: ['2026-11-23T09:00'], now: '2026-11-23T10:00' },
    { ...at('12:00'), id: 'custom-walk', preset: null, name: 'Walk at lunch', activity: 'walk' },
    '2026-11-24T12:00',
  ],
  // Goal already met.
  ['morning light done today: the next is tomorrow', { habits: [morning], week: [{ 'morning-light': 'done' }], now: '2026-11-23T07:00' }, morning, '2026-11-24T08:00'],
  ['a skipped day needs no nudge either', { habits: [morning], week: [{ 'morning-light': 'skip' }], now: '2026-11-23T07:00' }, morning, '2026-11-24T08:00'],
  [
    'a weekly goal met on Monday: nothing until next week',
    {
      habits: [preset('movement', { nudges: [{ kind: 'clock', time: '17:30', weekdays: [1, 3, 5] }] })],
      week: [{ movement: 'done' }],
      now: '2026-11-23T12:00',
    },
    preset('movement', { nudges: [{ kind: 'clock', time: '17:30', weekdays: [1, 3, 5] }] }),
    '2026-11-30T17:30',
  ],
  ['movement breaks keep coming after the day is checked in', { habits: [breaks], week: [{ 'movement-breaks': 'done' }], now: '2026-11-23T10:30' }, breaks, '2026-11-23T11:00'],
  // Once per window: the day after the infusion, inside the window.
  ['the reflection prompt comes the day after an infusion', { habits: [reflect], infusions: ['2026-11-24T09:00'], now: '2026-11-24T10:00' }, reflect, '2026-11-25T10:00'],
  ['once per window: after it, none until the next infusion', { habits: [reflect], infusions: ['2026-11-24T09:00'], now: '2026-11-25T10:00' }, reflect, null],
  [
    'a 24-hour window that closes before 10:00 the next day gets no prompt',
    { habits: [reflect], infusions: ['2026-11-24T09:00'], windowHours: 24, now: '2026-11-24T10:00' },
    reflect,
    null,
  ],
  ['no infusion, no reflection prompt', { habits: [reflect], now: '2026-11-24T10:00' }, reflect, null],
  // A paused habit.
  ['a paused habit gets no nudge', { habits: [{ ...morning, status: 'paused' }], now: '2026-11-23T07:00' }, { ...morning, status: 'paused' }, null],
];

describe(`the next nudge of each rule (${tz})`, () => {
  it.each(table)('%s', (_, s, habit, expected) => {
    const ctx = scene(s);
    const alarm = wantedAlarms(ctx, local(s.now)).find((a) => parseNudgeAlarm(a.name)?.habitId === habit.id);
    expect(wall(alarm?.when ?? null)).toBe(expected);
  });
});

describe(`nudges on the DST change (${tz})`, () => {
  // Spring: LA 8 March 2026, Berlin 29 March 2026. Autumn: LA 1 November, Berlin 25 October.
  const spring = berlin ? '2026-03-29' : '2026-03-08';
  const autumn = berlin ? '2026-10-25' : '2026-11-01';
  const dayBefore = (day: string) => shiftDay(day, -1);

  it('keeps morning light at 08:00 on the spring change, 23 real hours after the day before', () => {
    const ctx = scene({ habits: [morning], now: `${dayBefore(spring)}T08:00` });
    const next = nextNudgeAt(morning, 0, ctx, local(`${dayBefore(spring)}T08:00`));
    expect(wall(next)).toBe(`${spring}T08:00`);
    expect((next! - local(`${dayBefore(spring)}T08:00`)) / 3_600_000).toBe(23);
  });

  it('keeps morning light at 08:00 on the autumn change, 25 real hours after the day before', () => {
    const ctx = scene({ habits: [morning], now: `${dayBefore(autumn)}T08:00` });
    const next = nextNudgeAt(morning, 0, ctx, local(`${dayBefore(autumn)}T08:00`));
    expect(wall(next)).toBe(`${autumn}T08:00`);
    expect((next! - local(`${dayBefore(autumn)}T08:00`)) / 3_600_000).toBe(25);
  });

  it('moves a time the spring change skips (02:30) to the first real minute after it', () => {
    const habit = at('02:30');
    const ctx = scene({ habits: [habit], settings: { quietHours: { start: '04:00', end: '05:00' } }, now: `${dayBefore(spring)}T12:00` });
    expect(wall(nextNudgeAt(habit, 0, ctx, local(`${dayBefore(spring)}T12:00`)))).toBe(`${spring}T03:30`);
  });

  it('keeps quiet hours across midnight on the night the clocks change', () => {
    for (const day of [spring, autumn]) {
      const habit = at('07:15');
      const ctx = scene({ habits: [habit], now: `${dayBefore(day)}T12:00` });
      const upcoming = upcomingNudges(ctx, local(`${dayBefore(day)}T12:00`), local(`${day}T12:00`));
      expect(upcoming.map((u) => [wall(u.at), u.skip])).toEqual([[`${day}T07:15`, 'quiet-hours']]);
    }
  });

  it('gives the Monday after each change its seven hourly breaks from 10:00', () => {
    for (const day of [spring, autumn]) {
      const monday = new Date(local(`${day}T12:00`) + 86_400_000);
      const ctx = scene({ habits: [breaks], now: `${day}T12:00` });
      const list = upcomingNudges(ctx, local(`${day}T12:00`), monday.getTime() + 12 * 3_600_000);
      expect(list.map((u) => wall(u.at)!.slice(11))).toEqual(['10:00', '11:00', '12:00', '13:00', '14:00', '15:00', '16:00']);
    }
  });
});

describe('the moment an alarm fires', () => {
  const ctx = scene({ habits: [morning, breaks], now: '2026-11-23T08:00' });
  const due = local('2026-11-23T08:00');
  const cases: Array<[string, Partial<Scene>, Habit, number, 'active' | 'idle' | 'locked', DropReason | null]> = [
    ['shows a nudge that is on time', {}, morning, due + 2_000, 'active', null],
    ['shows a nudge exactly 15 minutes late', {}, morning, due + 15 * 60_000, 'active', null],
    ['drops a nudge more than 15 minutes late (the computer slept)', {}, morning, due + 15 * 60_000 + 1, 'active', 'late'],
    ['drops it while the computer is idle', {}, morning, due + 2_000, 'idle', 'idle'],
    ['drops it while the screen is locked', {}, morning, due + 2_000, 'locked', 'idle'],
    ['drops it when paused a moment ago', { settings: { pausedUntil: new Date(due + 3_600_000).toISOString() } }, morning, due + 2_000, 'active', 'paused'],
    ['drops it once the goal was met in the meantime', { week: [{ 'morning-light': 'done' }] }, morning, due + 2_000, 'active', 'goal-met'],
    ['still shows a movement break when the day is checked in', { week: [{ 'movement-breaks': 'done' }] }, breaks, due + 2_000, 'active', null],
    ['drops it on the rest day of an infusion entered just now', { infusions: ['2026-11-23T07:45'] }, morning, due + 2_000, 'active', 'rest-day'],
  ];
  it.each(cases)('%s', (_, change, habit, now, idle, expected) => {
    const c = Object.keys(change).length ? scene({ habits: [morning, breaks], now: '2026-11-23T08:00', ...change }) : ctx;
    expect(fireVerdict(habit, habit.nudges[0]!, due, now, c, idle)).toBe(expected);
  });

  it('judges quiet hours by when the nudge was due: the 21:30 wind-down still comes at 21:31', () => {
    const c = scene({ habits: [windDown], now: '2026-11-23T21:31' });
    expect(fireVerdict(windDown, windDown.nudges[0]!, local('2026-11-23T21:30'), local('2026-11-23T21:31'), c, 'active')).toBeNull();
  });

  it('drops a snoozed nudge that falls into quiet hours', () => {
    const c = scene({ habits: [evening], now: '2026-11-23T21:40' });
    expect(fireVerdict(evening, evening.nudges[0]!, local('2026-11-23T21:40'), local('2026-11-23T21:40'), c, 'active')).toBe('quiet-hours');
  });
});

describe('the wanted alarms', () => {
  it('are one per rule, plus one per pending snooze, soonest first', () => {
    const ctx = scene({
      habits: [morning, evening, breaks],
      state: { snoozes: { 'morning-light:0': new Date('2026-11-23T08:10').toISOString() } },
      now: '2026-11-23T08:05',
    });
    expect(wantedAlarms(ctx, local('2026-11-23T08:05')).map((a) => [a.name, wall(a.when)])).toEqual([
      ['snooze:morning-light:0', '2026-11-23T08:10'],
      ['nudge:movement-breaks:0', '2026-11-23T10:00'],
      ['nudge:evening-light:0', '2026-11-23T18:30'],
      ['nudge:morning-light:0', '2026-11-24T08:00'],
    ]);
  });

  it('forget a snooze whose time has passed', () => {
    const ctx = scene({ habits: [morning], state: { snoozes: { 'morning-light:0': new Date('2026-11-23T08:10').toISOString() } }, now: '2026-11-23T08:20' });
    expect(wantedAlarms(ctx, local('2026-11-23T08:20')).map((a) => a.name)).toEqual(['nudge:morning-light:0']);
  });

  it(`are never more than ${MAX_NUDGE_ALARMS}, however many habits and rules`, () => {
    const many = Array.from({ length: 50 }, (_, i) =>
      preset('morning-light', {
        id: `custom-${i}`,
        preset: null,
        nudges: Array.from({ length: 8 }, (_, r) => ({ kind: 'clock' as const, time: `1${r}:0${i % 10}`, weekdays: [0, 1, 2, 3, 4, 5, 6] as Weekday[] })),
      }),
    );
    const alarms = wantedAlarms(scene({ habits: many, now: '2026-11-23T08:00' }), local('2026-11-23T08:00'));
    expect(alarms).toHaveLength(MAX_NUDGE_ALARMS);
    expect(alarms.every((a, i) => i === 0 || a.when >= alarms[i - 1]!.when)).toBe(true);
  });

  it('give the same answer when computed twice', () => {
    const s: Scene = { habits: [morning, evening, breaks, windDown, reflect], infusions: ['2026-11-24T09:00'], now: '2026-11-23T10:20' };
    expect(wantedAlarms(scene(s), local(s.now))).toEqual(wantedAlarms(scene(s), local(s.now)));
  });

  it('name the next nudge for the popup', () => {
    const ctx = scene({ habits: [morning, evening], now: '2026-11-23T09:00' });
    const next = nextNudge(ctx, local('2026-11-23T09:00'));
    expect([next?.habit.name, wall(next?.at ?? null)]).toEqual(['Evening light outside', '2026-11-23T18:30']);
    expect(nextNudge(scene({ habits: [], now: '2026-11-23T09:00' }), local('2026-11-23T09:00'))).toBeNull();
  });
});

describe('alarm and notification names', () => {
  it('round-trip, and refuse anything else', () => {
    expect(parseNudgeAlarm('nudge:morning-light:0')).toEqual({ habitId: 'morning-light', ruleIndex: 0, snoozed: false });
    expect(parseNudgeAlarm('snooze:custom-ab12:7')).toEqual({ habitId: 'custom-ab12', ruleIndex: 7, snoozed: true });
    for (const bad of ['badge', 'nudge:Morning:0', 'nudge:a:12', 'nudge::0', 'nudge:a:0:x']) expect(parseNudgeAlarm(bad)).toBeNull();
    const id = notificationId('nudge:morning-light:0', 1764230400000, 20415);
    expect(parseNotificationId(id)).toEqual({ name: 'nudge:morning-light:0', when: 1764230400000, idea: 20415 });
    expect(parseNotificationId('badge@1/2')).toBeNull();
    expect(parseNotificationId('nudge:morning-light:0@soon/1')).toBeNull();
  });
});
