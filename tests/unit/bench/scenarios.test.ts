import { describe, expect, it } from 'vitest';
import { scenarioData } from '@/bench/seed/scenarios';
import { emptyBackupData, makeBackup } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/parse';
import { dayKey, shiftDay } from '@/utils/time/dayKey';
import { phaseAt } from '@/utils/treatment/phaseAt';

// The benchmark (issue 7) restores these as backup files on the options page; they must be data
// the product accepts, and be what the benchmark's table says they are.
const now = new Date(2026, 10, 27, 11, 0);
const today = dayKey(now);

const restored = (scenario: 'none' | 'typical' | 'years') => {
  const parsed = parseBackup(JSON.stringify(makeBackup(scenarioData(scenario, now), now)));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.backup;
};

describe('the benchmark scenarios', () => {
  it('"no data" is a fresh install', () => {
    expect(scenarioData('none', now)).toEqual(emptyBackupData());
  });

  it('the typical course has 6 infusions with the window open, 4 habits and 3 months of check-ins', () => {
    const data = restored('typical');
    expect(data.treatment.infusions).toHaveLength(6);
    expect(data.treatment.infusions.every((i) => i.kind === 'infusion')).toBe(true);
    expect(phaseAt(data.treatment, now).window).not.toBeNull();
    expect(data.habits.habits.map((h) => h.id)).toEqual(['morning-light', 'evening-light', 'movement-breaks', 'wind-down']);
    const days = Object.keys(data.history.checkins).sort();
    expect(days.at(-1)! <= today && days[0]! >= shiftDay(today, -89)).toBe(true);
    expect(days.length).toBeGreaterThan(80);
    expect(Object.keys(data.history.nudges)).toHaveLength(90);
  });

  it('five years have 6 habits, a check-in on nearly every day and a nudge log for every day', () => {
    const data = restored('years');
    expect(data.habits.habits).toHaveLength(6);
    expect(data.habits.habits.every((h) => h.createdAt.slice(0, 4) === '2021')).toBe(true);
    const days = 5 * 365 + 1;
    expect(Object.keys(data.history.nudges)).toHaveLength(days);
    expect(Object.keys(data.history.checkins).length).toBeGreaterThan(days * 0.98);
    expect(Object.values(data.history.nudges).flat().length).toBeGreaterThan(days * 5);
    // Boosters about every six weeks after the first series, the latest yesterday: the window is open.
    expect(data.treatment.infusions.filter((i) => i.kind === 'booster').length).toBeGreaterThan(35);
    expect(phaseAt(data.treatment, now).window).not.toBeNull();
  });

  it('are the same data for the same moment, so two runs seed alike', () => {
    expect(scenarioData('years', now)).toEqual(scenarioData('years', now));
  });
});
