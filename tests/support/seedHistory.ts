import { clear, setMany } from 'idb-keyval';
import { dayKey, shiftDay } from '@/utils/time/dayKey';
import type { Habit } from '@/utils/habits/record';
import type { DayCheckins } from '@/utils/history/records';
import { historyStore } from '@/utils/shell/history';

/** Six habits begun five years before `now`, as a long-time patient would have them. */
export function sixHabits(now: Date): Habit[] {
  const createdAt = new Date(now.getFullYear() - 5, now.getMonth(), now.getDate(), 9).toISOString();
  const base = { direction: 'build' as const, status: 'active' as const, createdAt, nudges: [] };
  return [
    { ...base, id: 'morning-light', preset: 'morning-light', name: 'Morning light outside', goal: { per: 'day' } },
    { ...base, id: 'evening-light', preset: 'evening-light', name: 'Evening light outside', goal: { per: 'day' } },
    { ...base, id: 'movement', preset: 'movement', name: 'Movement', goal: { per: 'week', times: 2 } },
    { ...base, id: 'wind-down', preset: 'wind-down', name: 'Wind-down for sleep', goal: { per: 'day' } },
    { ...base, id: 'reflect', preset: 'reflect', name: 'Reflect during the window', goal: { per: 'week', times: 1 } },
    { ...base, id: 'custom-stretch', preset: null, name: 'Stretch at lunch', goal: { per: 'week', times: 3 } },
  ];
}

/**
 * Daily check-ins for every habit from its first day until the day before `now`: done most
 * days, a skip now and then, a gap now and then. Returns the history as a map too.
 */
export async function seedYears(habits: Habit[], now: Date): Promise<Map<string, DayCheckins>> {
  await clear(historyStore);
  const history = new Map<string, DayCheckins>();
  const today = dayKey(now);
  let i = 0;
  for (let day = shiftDay(dayKey(new Date(habits[0]!.createdAt)), -7); day < today; day = shiftDay(day, 1), i++) {
    const checkins: DayCheckins = {};
    habits.forEach((h, j) => {
      const n = i + 3 * j;
      if (n % 13 === 5) checkins[h.id] = 'skip';
      else if (n % 4 !== 2) checkins[h.id] = 'done';
    });
    history.set(day, checkins);
  }
  await setMany([...history].map(([day, c]) => [`checkins:${day}`, c]), historyStore);
  return history;
}

/** Every key read from IndexedDB while `spy` was on: the store it was read from and the key. */
export function readsOf(spy: { mock: { calls: unknown[][]; contexts: unknown[] } }): string[] {
  return spy.mock.calls.map((call, i) => `${(spy.mock.contexts[i] as IDBObjectStore).name}/${String(call[0])}`);
}
