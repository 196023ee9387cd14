import { describe, expect, it } from 'vitest';
import { alarmPlan, dueOccurrences } from '@/utils/nudges/alarmPlan';
import { ideaNumber, nudgeIdeas, nudgeMessage } from '@/utils/nudges/message';
import { preset } from './fixtures';

describe('the words of a nudge', () => {
  const morning = preset('morning-light');

  it('uses the habit name as title and a catalogue idea with the habit icon', () => {
    const msg = nudgeMessage(morning, 0, null);
    expect(msg.title).toBe('Morning light outside');
    expect(nudgeIdeas(morning)).toContain(msg.message);
    expect(msg.icon).toBe('/nudge/morning-light.png');
  });

  it('rotates: a different idea on consecutive days, and for each break within a day', () => {
    const monday = nudgeMessage(morning, ideaNumber('2026-11-23', 0), null).message;
    const tuesday = nudgeMessage(morning, ideaNumber('2026-11-24', 0), null).message;
    expect(tuesday).not.toBe(monday);
    const breaks = preset('movement-breaks');
    const today = [0, 1, 2, 3].map((n) => nudgeMessage(breaks, ideaNumber('2026-11-23', n), null).message);
    expect(new Set(today).size).toBe(4);
  });

  it('says the window is open and how long is left', () => {
    const msg = nudgeMessage(morning, 0, { hoursLeft: 31 });
    expect(msg.message).toBe(`Your window is open, 31 hours left: ${nudgeIdeas(morning)[0]}`);
    expect(nudgeMessage(morning, 0, { hoursLeft: 1 }).message).toBe(`Your window is open, less than an hour left: ${nudgeIdeas(morning)[0]}`);
  });

  it("puts a custom habit in the patient's own words, and a clinic's words join the rotation", () => {
    const own = preset('morning-light', { id: 'custom-x', preset: null, name: 'Stretch at lunch.', direction: 'build' });
    expect(nudgeMessage(own, 0, null)).toEqual({ title: 'Stretch at lunch.', message: 'A gentle reminder: Stretch at lunch.', icon: '/nudge/custom.png' });
    expect(nudgeIdeas(morning, ['From your clinic.'])).toContain('From your clinic.');
  });
});

describe('making the alarms match', () => {
  const wanted = [
    { name: 'nudge:morning-light:0', when: 2000 },
    { name: 'nudge:evening-light:0', when: 3000 },
  ];

  it('creates what is missing or moved, clears what is no longer wanted, and never touches the badge', () => {
    const existing = [
      { name: 'badge', when: 1500 },
      { name: 'nudge:morning-light:0', when: 2000 },
      { name: 'nudge:evening-light:0', when: 2500 },
      { name: 'snooze:reflect:0', when: 1800 },
    ];
    expect(alarmPlan(wanted, existing)).toEqual({ create: [{ name: 'nudge:evening-light:0', when: 3000 }], clear: ['snooze:reflect:0'] });
  });

  it('has nothing to do a second time', () => {
    expect(alarmPlan(wanted, wanted)).toEqual({ create: [], clear: [] });
  });

  it('finds what is due: fired, overdue, or set earlier and lost; one per rule, the latest', () => {
    const fired = [{ name: 'nudge:morning-light:0', when: 1000 }];
    const existing = [
      { name: 'nudge:morning-light:0', when: 1000 },
      { name: 'nudge:evening-light:0', when: 900 },
      { name: 'badge', when: 100 },
      { name: 'nudge:reflect:0', when: 5000 },
    ];
    // morning-light was set for 970 and fired at 1000 (the browser delayed it): one nudge, not two.
    const lastSet = { 'nudge:wind-down:0': 800, 'nudge:reflect:0': 5000, 'nudge:morning-light:0': 970 };
    expect(dueOccurrences(fired, existing, lastSet, 1200)).toEqual([
      { name: 'nudge:wind-down:0', when: 800 },
      { name: 'nudge:evening-light:0', when: 900 },
      { name: 'nudge:morning-light:0', when: 1000 },
    ]);
  });
});
