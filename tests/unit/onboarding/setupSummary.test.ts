import { describe, expect, it } from 'vitest';
import { enablePreset } from '@/utils/habits/edits';
import { EMPTY_HABITS } from '@/utils/habits/record';
import { setupSummary } from '@/utils/onboarding/setupSummary';
import { EMPTY_SNAPSHOT } from '@/utils/stored/snapshot';

const now = new Date(2026, 10, 27, 12, 0);

describe('onboarding’s last step: what is set up, from what is stored', () => {
  it('says plainly that nothing is set up when nothing is stored', () => {
    expect(setupSummary(EMPTY_SNAPSHOT, now)).toEqual({
      done: [],
      notYet: ['No clinic', 'No infusion dates: the toolbar badge starts once you add one', 'No habits or nudges'],
    });
  });

  it('lists the infusions, the next one by its day, and each habit with its nudge', () => {
    const light = enablePreset(EMPTY_HABITS, 'morning-light', 'Morning light outside', now);
    if (!light.ok) throw new Error(light.error);
    const windDown = enablePreset(light.record, 'wind-down', 'Wind-down for sleep', now);
    if (!windDown.ok) throw new Error(windDown.error);
    const summary = setupSummary(
      {
        ...EMPTY_SNAPSHOT,
        habits: windDown.record,
        treatment: {
          ...EMPTY_SNAPSHOT.treatment,
          infusions: [
            { at: new Date(2026, 10, 24, 9).toISOString(), kind: 'infusion' },
            { at: new Date(2026, 10, 28, 9).toISOString(), kind: 'infusion' },
          ],
        },
      },
      now,
    );
    expect(summary.done[0]).toBe('1 past infusion');
    expect(summary.done[1]).toMatch(/^Next infusion: tomorrow /);
    expect(summary.done).toContain('Habit: Morning light outside, nudge at 08:00');
    expect(summary.done).toContain('Habit: Wind-down for sleep, nudge 60 minutes before your bedtime (22:30)');
    expect(summary.notYet).toEqual(['No clinic']);
  });

  it('names the clinic when there is one', () => {
    const clinic = { profile: { name: 'Sunrise Clinic' } } as unknown as NonNullable<typeof EMPTY_SNAPSHOT.clinic>;
    expect(setupSummary({ ...EMPTY_SNAPSHOT, clinic }, now).done).toEqual(['Your clinic: Sunrise Clinic']);
  });
});
