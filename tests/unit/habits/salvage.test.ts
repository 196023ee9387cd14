import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Habit } from '@/utils/habits/record';
import { EMPTY_HABITS } from '@/utils/habits/record';
import { salvageHabits } from '@/utils/habits/salvage';
import { loadSnapshot } from '@/utils/shell/snapshot';
import { recoveryItem } from '@/tests/support/stored';

const good: Habit = {
  id: 'morning-light',
  preset: 'morning-light',
  name: 'Morning light outside',
  direction: 'build',
  goal: { per: 'day' },
  status: 'active',
  createdAt: '2026-11-20T09:00:00.000Z',
  nudges: [{ kind: 'clock', time: '08:00', weekdays: [0, 1, 2, 3, 4, 5, 6] }],
  goalSince: '2026-11-20',
  pauses: [{ from: '2026-11-22', until: '2026-11-23' }],
};

describe('salvageHabits', () => {
  it('accepts a valid record unchanged, and the empty one', () => {
    const record = { habits: [good], offersDeclined: { movement: '2026-11-16' } };
    expect(salvageHabits(record)).toEqual({ record, rejected: [] });
    expect(salvageHabits(EMPTY_HABITS)).toEqual({ record: EMPTY_HABITS, rejected: [] });
  });

  it('accepts a habit stored before goalSince and pauses existed', () => {
    const { goalSince: _g, pauses: _p, ...older } = good;
    expect(salvageHabits({ habits: [older], offersDeclined: {} }).rejected).toEqual([]);
  });

  it.each([
    ['an empty name', { ...good, name: '  ' }, /name/],
    ['a goal of 9 a week', { ...good, goal: { per: 'week', times: 9 } }, /goal/],
    ['an unknown status', { ...good, status: 'deleted' }, /status/],
    ['a pause on no real day', { ...good, pauses: [{ from: 'yesterday', until: null }] }, /pauses/],
    ['an unknown field', { ...good, colour: 'red' }, /colour|key/i],
  ])('keeps the valid habits and sets aside one with %s, saying where and why', (_name, bad, why) => {
    const movement = { ...good, id: 'movement', preset: 'movement', name: 'Movement', goal: { per: 'week', times: 1 } };
    const { record, rejected } = salvageHabits({ habits: [good, bad, movement], offersDeclined: {} });
    expect(record.habits.map((h) => h.id)).toEqual(['morning-light', 'movement']);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ path: 'habits.habits[1]', value: bad });
    expect(rejected[0]!.problem).toMatch(why);
  });

  it('sets aside a second habit with an id already used', () => {
    const { record, rejected } = salvageHabits({ habits: [good, { ...good, name: 'Again' }], offersDeclined: {} });
    expect(record.habits).toEqual([good]);
    expect(rejected).toEqual([{ path: 'habits.habits[1]', value: { ...good, name: 'Again' }, problem: 'a second habit with this id' }]);
  });

  it('sets aside an unreadable "not now" and unknown fields', () => {
    const { record, rejected } = salvageHabits({ habits: [good], offersDeclined: { movement: 3, reflect: '2026-11-16' }, mood: 2 });
    expect(record.offersDeclined).toEqual({ reflect: '2026-11-16' });
    expect(rejected.map((r) => r.path)).toEqual(['habits.offersDeclined.movement', 'habits.mood']);
  });

  it.each([[null], ['text'], [42], [[good]]])('treats %j as no habits, setting it aside', (raw) => {
    const { record, rejected } = salvageHabits(raw);
    expect(record).toEqual(EMPTY_HABITS);
    expect(rejected[0]).toMatchObject({ path: 'habits', value: raw });
  });
});

describe('reading the stored habits', () => {
  it('moves an unreadable habit to the recovery key, writes the rest back, and loses nothing', async () => {
    const bad = { ...good, id: 'BAD ID' };
    await fakeBrowser.storage.local.set({ habits: { habits: [good, bad], offersDeclined: {} } });
    expect((await loadSnapshot()).habits.habits).toEqual([good]);
    expect(await recoveryItem.getValue()).toMatchObject([{ path: 'habits.habits[1]', value: bad }]);
    expect((await fakeBrowser.storage.local.get('habits')).habits).toEqual({ habits: [good], offersDeclined: {} });
    // A second read finds nothing more to set aside.
    await loadSnapshot();
    expect(await recoveryItem.getValue()).toHaveLength(1);
  });
});
