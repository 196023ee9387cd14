import type { Habit } from '@/utils/habits/record';

/** A stored "Morning light outside" habit, daily, as the preset makes it. */
export const morningLight: Habit = {
  id: 'morning-light',
  preset: 'morning-light',
  name: 'Morning light outside',
  direction: 'build',
  goal: { per: 'day' },
  status: 'active',
  createdAt: '2026-11-01T09:00:00.000Z',
  nudges: [],
};
