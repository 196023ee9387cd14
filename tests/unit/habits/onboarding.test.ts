import { describe, expect, it } from 'vitest';
import type { ClinicProfile } from '@/utils/clinic/profile';
import { enablePreset, pauseHabit } from '@/utils/habits/edits';
import { EMPTY_HABITS } from '@/utils/habits/record';
import type { HabitChoice } from '@/utils/habits/onboarding';
import { habitChoices, saveHabitChoices } from '@/utils/habits/onboarding';

const now = new Date('2026-11-27T10:00:00Z');
const clinic: ClinicProfile = {
  name: 'Sunrise',
  presets: [
    { id: 'morning-light', nudges: [{ kind: 'clock', time: '07:30', weekdays: [1, 2, 3, 4, 5] }] },
    { id: 'movement', goal: { per: 'week', times: 2 } },
  ],
};
const pick = (choices: HabitChoice[], id: string) => choices.find((c) => c.id === id)!;

describe('first run: choosing habits', () => {
  it('ticks the clinic’s suggestions, with the clinic’s time', () => {
    const choices = habitChoices(EMPTY_HABITS, clinic);
    expect(choices.filter((c) => c.ticked).map((c) => c.id)).toEqual(['morning-light', 'movement']);
    expect(pick(choices, 'morning-light').time).toBe('07:30');
    expect(pick(choices, 'evening-light')).toMatchObject({ ticked: false, time: '18:30', name: 'Evening light outside' });
    expect(pick(choices, 'movement').time).toBeNull();
  });

  it('ticks nothing without a clinic, and follows habits already on or paused', () => {
    expect(habitChoices(EMPTY_HABITS, null).some((c) => c.ticked)).toBe(false);
    const on = enablePreset(EMPTY_HABITS, 'reflect', 'Reflect', now);
    if (!on.ok) throw new Error('setup');
    expect(pick(habitChoices(on.record, null), 'reflect')).toMatchObject({ ticked: true, time: '10:00' });
    const paused = pauseHabit(on.record, 'reflect', '2026-11-27');
    if (!paused.ok) throw new Error('setup');
    expect(pick(habitChoices(paused.record, clinic), 'reflect').ticked).toBe(false);
  });

  it('switches on the ticked ones with the clinic’s goal and the chosen time', () => {
    const choices = habitChoices(EMPTY_HABITS, clinic).map((c) => (c.id === 'morning-light' ? { ...c, time: '06:45' } : c));
    const result = saveHabitChoices(EMPTY_HABITS, choices, clinic, now);
    expect(result.ok).toBe(true);
    const habits = result.ok ? result.record.habits : [];
    expect(habits.map((h) => [h.id, h.status, h.goal])).toEqual([
      ['morning-light', 'active', { per: 'day' }],
      ['movement', 'active', { per: 'week', times: 2 }],
    ]);
    expect(habits[0]!.nudges).toEqual([{ kind: 'clock', time: '06:45', weekdays: [1, 2, 3, 4, 5] }]);
  });

  it('archives a habit that was on and is now unticked, keeping it', () => {
    const on = enablePreset(EMPTY_HABITS, 'movement', 'Movement', now);
    if (!on.ok) throw new Error('setup');
    const choices = habitChoices(on.record, null).map((c) => ({ ...c, ticked: false }));
    const result = saveHabitChoices(on.record, choices, null, now);
    expect(result.ok && result.record.habits.map((h) => [h.id, h.status])).toEqual([['movement', 'archived']]);
  });

  it('refuses a time that is not a time, and saves nothing', () => {
    const choices = habitChoices(EMPTY_HABITS, clinic).map((c) => (c.id === 'morning-light' ? { ...c, time: '7.30' } : c));
    const result = saveHabitChoices(EMPTY_HABITS, choices, clinic, now);
    expect(result).toMatchObject({ ok: false, field: 'habit-morning-light-time' });
  });
});
