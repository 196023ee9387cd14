import { describe, expect, it } from 'vitest';
import { careSummary } from '@/utils/backup/careSummary';
import { EMPTY_HABITS } from '@/utils/habits/record';
import { badgeFor } from '@/utils/treatment/badge';
import { phaseAt } from '@/utils/treatment/phaseAt';
import { phaseView } from '@/utils/treatment/phaseView';
import type { TreatmentRecord } from '@/utils/treatment/record';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

// Issue 16: the toolbar tooltip, the popup's card and the care-team summary say the same thing
// in every state a patient can be in.
const NOW = new Date(2026, 10, 27, 12, 0);
const at = (day: number, hour = 9) => new Date(2026, 10, day, hour, 0).toISOString();
const record = (days: number[], protocol: Partial<TreatmentRecord['protocol']> = {}, planned: number[] = []): TreatmentRecord => ({
  ...EMPTY_TREATMENT,
  protocol: { ...EMPTY_TREATMENT.protocol, ...protocol },
  infusions: [...days.map((d) => new Date(2026, 9, d, 9, 0).toISOString()), ...planned.map((d) => at(d, 10))].map((iso) => ({ at: iso, kind: 'infusion' as const })),
});

function views(treatment: TreatmentRecord) {
  const state = phaseAt(treatment, NOW);
  const popup = phaseView(state, NOW);
  const summary = careSummary(treatment, EMPTY_HABITS, [], NOW);
  return { tooltip: badgeFor(state, NOW).title, popup: [popup.heading, popup.figure && Object.values(popup.figure).join(''), popup.progress?.label, ...popup.lines].filter(Boolean).join('\n'), summary: [summary.phase, ...summary.phaseLines].join('\n') };
}

describe('the tooltip, the popup and the summary agree', () => {
  it('with nothing entered: the tooltip asks for dates and the summary says no phase', () => {
    const v = views(EMPTY_TREATMENT);
    expect(v.tooltip).toBe('Afterglow: add your infusion dates to begin');
    expect(v.summary).toBe('');
  });

  it('with only a planned infusion: all three name it', () => {
    const v = views(record([], {}, [28]));
    expect(v.tooltip).toMatch(/^Afterglow: next infusion tomorrow /);
    const moment = v.tooltip.replace('Afterglow: next infusion ', '');
    expect(v.popup).toContain(`Next infusion: ${moment}`);
    expect(v.summary).toContain(`Next infusion: ${moment}`);
    expect(v.tooltip).not.toContain('add your infusion dates');
  });

  it('in the window: the same hours in the tooltip and on the card', () => {
    const treatment: TreatmentRecord = { ...EMPTY_TREATMENT, infusions: [{ at: at(26, 12), kind: 'infusion' }] };
    const v = views(treatment);
    expect(v.tooltip).toBe('Window open: 24 hours left · infusion 1 of 6');
    expect(v.popup).toContain('Window open');
    expect(v.summary).toContain('Window open');
  });

  it('during induction with the window closed: infusion k of N everywhere', () => {
    const treatment: TreatmentRecord = { ...EMPTY_TREATMENT, infusions: [at(20), at(23)].map((iso) => ({ at: iso, kind: 'infusion' as const })) };
    const v = views(treatment);
    expect(v.tooltip).toContain('Infusion 2 of 6');
    expect(v.popup).toContain('2 of 6 infusions done');
    expect(v.summary).toContain('Induction: infusion 2 of 6');
  });

  it('in maintenance: the same count of days since the last infusion', () => {
    const v = views(record([1, 4, 8, 11, 15, 18]));
    const days = '40 days since your last infusion';
    expect(v.tooltip).toBe(`Maintenance · ${days}`);
    expect(v.popup).toContain(days);
    expect(v.summary).toContain(days);
  });

  it('with a booster due: all three say so', () => {
    const v = views(record([1, 4, 8, 11, 15, 18], { boosterIntervalWeeks: 5 }));
    expect(v.tooltip).toMatch(/^Maintenance · booster reminder date .+: talk to your clinic$/);
    expect(v.popup).toMatch(/booster is due/);
    expect(v.summary).toMatch(/booster is due/);
  });
});
