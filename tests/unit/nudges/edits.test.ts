import { describe, expect, it } from 'vitest';
import { EMPTY_HABITS } from '@/utils/habits/record';
import type { HoursDraft, RuleDraft } from '@/utils/nudges/edits';
import { applyHours, applyRule, hoursDraft, removeRuleAt, ruleDraft, setRuleAt, withHabitNudges } from '@/utils/nudges/edits';
import { activePause, pauseEnd } from '@/utils/nudges/pause';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import { salvageSettings } from '@/utils/settings/salvage';
import { local, preset, wall } from './fixtures';

const hours = (change: Partial<HoursDraft>) => applyHours(DEFAULT_SETTINGS, { ...hoursDraft(DEFAULT_SETTINGS), ...change });

describe('working hours, quiet hours and bedtime from the options form', () => {
  it('saves valid hours and keeps every other setting', () => {
    const result = hours({ workingDays: [5, 1, 3], workStart: '08:30', workEnd: '16:00', quietStart: '22:00', quietEnd: '07:00', bedtime: '23:00' });
    expect(result).toEqual({
      ok: true,
      value: {
        ...DEFAULT_SETTINGS,
        workingHours: { days: [1, 3, 5], start: '08:30', end: '16:00' },
        quietHours: { start: '22:00', end: '07:00' },
        bedtime: '23:00',
      },
    });
  });

  it.each([
    ['working hours that end before they start', { workStart: '17:00', workEnd: '09:00' }, 'workEnd', 'Working hours must end after they start.'],
    ['working hours that end as they start', { workStart: '09:00', workEnd: '09:00' }, 'workEnd', 'Working hours must end after they start.'],
    ['a malformed time', { workStart: '9am' }, 'workStart', 'Working hours start: enter a time like 08:00.'],
    ['an hour that does not exist', { quietStart: '24:00' }, 'quietStart', 'Quiet hours start: enter a time like 08:00.'],
    ['an empty bedtime', { bedtime: '' }, 'bedtime', 'Bedtime: enter a time like 08:00.'],
    ['quiet hours that start and end together', { quietStart: '22:00', quietEnd: '22:00' }, 'quietEnd', 'Quiet hours need different start and end times.'],
    ['no working day', { workingDays: [] }, 'workingDays', 'Choose at least one day.'],
  ] as Array<[string, Partial<HoursDraft>, string, string]>)('refuses %s with a message, and changes nothing', (_, change, field, error) => {
    expect(hours(change)).toEqual({ ok: false, field, error });
  });

  it('accepts quiet hours that run past midnight, where end is before start', () => {
    expect(hours({ quietStart: '23:00', quietEnd: '06:30' }).ok).toBe(true);
  });
});

describe('a nudge rule from its form', () => {
  const draft = (rule: Parameters<typeof ruleDraft>[0], change: Partial<RuleDraft>) => applyRule(rule, { ...ruleDraft(rule), ...change }, 'Movement');

  it('sets a clock time and its days, in week order', () => {
    expect(draft({ kind: 'clock', time: '08:00', weekdays: [1] }, { time: ' 07:45 ', weekdays: [5, 1, 1] })).toEqual({
      ok: true,
      value: { kind: 'clock', time: '07:45', weekdays: [1, 5] },
    });
  });

  it.each([
    ['14 minutes', '14', false],
    ['15 minutes', '15', true],
    ['480 minutes (8 hours)', '480', true],
    ['481 minutes', '481', false],
    ['a fraction', '30.5', false],
    ['a word', 'hourly', false],
    ['nothing', '', false],
  ])('takes an interval of %s: %s', (_, everyMinutes, ok) => {
    const result = draft({ kind: 'interval', everyMinutes: 60 }, { everyMinutes });
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result).toEqual({ ok: false, field: 'everyMinutes', error: 'Enter a whole number of minutes from 15 to 480 (8 hours).' });
  });

  it('refuses a malformed time and a clock rule without days', () => {
    expect(draft({ kind: 'clock', time: '08:00', weekdays: [1] }, { time: '8:0' })).toEqual({
      ok: false,
      field: 'time',
      error: 'Movement: time: enter a time like 08:00.',
    });
    expect(draft({ kind: 'clock', time: '08:00', weekdays: [1] }, { weekdays: [] })).toMatchObject({ ok: false, field: 'weekdays' });
    expect(draft({ kind: 'in-window', time: '10:00' }, { time: '25:00' })).toMatchObject({ ok: false, field: 'time' });
  });

  it('sets the minutes before bedtime from 0 to 240', () => {
    const rule = { kind: 'before-bedtime' as const, minutesBefore: 60, weekdays: [0, 1, 2, 3, 4, 5, 6] as const };
    expect(draft({ ...rule, weekdays: [...rule.weekdays] }, { minutesBefore: '45' })).toMatchObject({ ok: true, value: { minutesBefore: 45 } });
    expect(draft({ ...rule, weekdays: [...rule.weekdays] }, { minutesBefore: '241' })).toMatchObject({ ok: false, field: 'minutesBefore' });
  });
});

describe("changing a habit's nudges in the stored record", () => {
  const record = { ...EMPTY_HABITS, habits: [preset('morning-light', { name: 'Sunshine' }), preset('movement-breaks')] };

  it('changes only the nudges of that habit', () => {
    const result = withHabitNudges(record, 'morning-light', setRuleAt(0, { kind: 'clock', time: '07:45', weekdays: [1] }));
    expect(result.ok && result.value.habits[0]).toEqual({ ...record.habits[0], nudges: [{ kind: 'clock', time: '07:45', weekdays: [1] }] });
    expect(result.ok && result.value.habits[1]).toBe(record.habits[1]);
  });

  it('removes a rule, and says so when the habit or rule is gone', () => {
    const removed = withHabitNudges(record, 'morning-light', removeRuleAt(0));
    expect(removed.ok && removed.value.habits[0]!.nudges).toEqual([]);
    expect(withHabitNudges(record, 'reflect', removeRuleAt(0))).toMatchObject({ ok: false, error: expect.stringContaining('no longer there') });
    expect(withHabitNudges(record, 'morning-light', removeRuleAt(3))).toMatchObject({ ok: false });
  });

  it('keeps a habit to 8 nudges', () => {
    const full = Array.from({ length: 8 }, () => ({ kind: 'interval' as const, everyMinutes: 60 }));
    expect(withHabitNudges(record, 'movement-breaks', () => [...full, full[0]!])).toMatchObject({ ok: false, error: 'A habit can have up to 8 nudges.' });
  });
});

describe('pausing from the popup', () => {
  it.each([
    [30, '2026-11-23T14:00', '2026-11-23T14:30'],
    [60, '2026-11-23T14:00', '2026-11-23T15:00'],
    [120, '2026-11-23T23:30', '2026-11-24T01:30'],
    ['morning', '2026-11-23T14:00', '2026-11-24T07:30'],
    ['morning', '2026-11-23T23:00', '2026-11-24T07:30'],
    ['morning', '2026-11-24T01:00', '2026-11-24T07:30'],
    ['morning', '2026-11-23T21:30', '2026-11-24T07:30'],
    ['morning', '2026-11-24T07:45', '2026-11-25T07:30'],
  ] as const)('paused for %s at %s lasts until %s', (choice, now, expected) => {
    expect(wall(pauseEnd(choice, new Date(now), DEFAULT_SETTINGS).getTime())).toBe(expected);
  });

  it('reads a pause as over once its time has passed', () => {
    const settings = { ...DEFAULT_SETTINGS, pausedUntil: new Date('2026-11-23T15:00').toISOString() };
    expect(activePause(settings, new Date(local('2026-11-23T14:59')))?.getTime()).toBe(local('2026-11-23T15:00'));
    expect(activePause(settings, new Date(local('2026-11-23T15:00')))).toBeNull();
    expect(activePause(DEFAULT_SETTINGS, new Date())).toBeNull();
  });
});

describe('reading stored settings', () => {
  it('keeps valid settings as they are', () => {
    expect(salvageSettings(DEFAULT_SETTINGS)).toEqual({ settings: DEFAULT_SETTINGS, rejected: [] });
  });

  it('keeps every valid field and sets an invalid one aside with its default in its place', () => {
    const { settings, rejected } = salvageSettings({ ...DEFAULT_SETTINGS, bedtime: '10pm', weekStartsOn: 1, extra: true });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, weekStartsOn: 1 });
    expect(rejected.map((r) => [r.path, r.value])).toEqual([
      ['settings.bedtime', '10pm'],
      ['settings.extra', true],
    ]);
  });

  it('sets aside a value that is not settings at all', () => {
    expect(salvageSettings('quiet please')).toEqual({
      settings: DEFAULT_SETTINGS,
      rejected: [{ path: 'settings', value: 'quiet please', problem: 'not a settings record' }],
    });
  });
});
