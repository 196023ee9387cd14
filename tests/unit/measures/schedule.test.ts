import { describe, expect, it } from 'vitest';
import { measureDue } from '@/utils/measures/schedule';
import { moodPromptKey } from '@/utils/measures/moodPrompt';
import { DEFAULT_MEASURE_SETTINGS } from '@/utils/measures/settings';
import type { Infusion, TreatmentRecord } from '@/utils/treatment/record';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

const at = (day: string, hh = 9) => new Date(`${day}T${String(hh).padStart(2, '0')}:00:00`);
const infusion = (day: string): Infusion => ({ at: at(day).toISOString(), kind: 'infusion' });
const treatment = (...days: string[]): TreatmentRecord => ({ ...EMPTY_TREATMENT, infusions: days.map(infusion) });
const none = { phq9: null, gad7: null };
const both = (day: string) => ({ phq9: day, gad7: day });
const settings = DEFAULT_MEASURE_SETTINGS;
// A series of 6, twice a week, from 2 November.
const series = ['2026-11-02', '2026-11-05', '2026-11-09', '2026-11-12', '2026-11-16', '2026-11-19'];

describe('when the PHQ-9 and GAD-7 are due', () => {
  it('asks nothing before any infusion is entered', () => {
    expect(measureDue(EMPTY_TREATMENT, settings, none, at('2026-11-01'))).toEqual({ status: 'none' });
  });

  it('asks for a baseline before the first infusion, due on its day', () => {
    expect(measureDue(treatment('2026-11-10'), settings, none, at('2026-11-03'))).toEqual({ status: 'baseline', dueOn: '2026-11-10' });
  });

  it('asks for a baseline today once the first infusion is past and none was taken', () => {
    expect(measureDue(treatment('2026-11-02'), settings, none, at('2026-11-04'))).toEqual({ status: 'baseline', dueOn: '2026-11-04' });
  });

  it('counts one questionnaire missing as no baseline yet', () => {
    expect(measureDue(treatment('2026-11-02'), settings, { phq9: '2026-11-02', gad7: null }, at('2026-11-04')).status).toBe('baseline');
  });

  it('comes every 7 days during the series', () => {
    const record = treatment(...series.slice(0, 3));
    expect(measureDue(record, settings, both('2026-11-02'), at('2026-11-08'))).toEqual({ status: 'upcoming', dueOn: '2026-11-09', everyDays: 7 });
    expect(measureDue(record, settings, both('2026-11-02'), at('2026-11-09'))).toEqual({ status: 'due', dueOn: '2026-11-09', everyDays: 7 });
    expect(measureDue(record, settings, both('2026-11-02'), at('2026-11-11')).status).toBe('due');
  });

  it('comes every 14 days after the series', () => {
    expect(measureDue(treatment(...series), settings, both('2026-11-23'), at('2026-11-30'))).toEqual({ status: 'upcoming', dueOn: '2026-12-07', everyDays: 14 });
  });

  it('follows the intervals the patient set (7–28 days)', () => {
    const mine = { ...settings, inductionEveryDays: 10, maintenanceEveryDays: 28 };
    expect(measureDue(treatment(...series.slice(0, 2)), mine, both('2026-11-02'), at('2026-11-03'))).toMatchObject({ dueOn: '2026-11-12' });
    expect(measureDue(treatment(...series), mine, both('2026-11-23'), at('2026-11-30'))).toMatchObject({ dueOn: '2026-12-21' });
  });

  it('follows the later of the two questionnaires', () => {
    const due = measureDue(treatment(...series.slice(0, 3)), settings, { phq9: '2026-11-02', gad7: '2026-11-04' }, at('2026-11-08'));
    expect(due).toMatchObject({ dueOn: '2026-11-11' });
  });

  it('counts days, not hours, across the end of daylight saving time', () => {
    // Europe/Berlin and America/Los_Angeles both leave summer time between these dates.
    const record = treatment('2026-10-20', '2026-10-23');
    expect(measureDue(record, settings, both('2026-10-28'), at('2026-11-04', 0))).toMatchObject({ status: 'due', dueOn: '2026-11-04' });
  });
});

describe('the prompt over the day’s note', () => {
  it('asks for an intention on an infusion day', () => {
    expect(moodPromptKey(treatment('2026-11-10'), true, at('2026-11-10', 7))).toBe('moodPromptIntention');
    expect(moodPromptKey(treatment('2026-11-10'), true, at('2026-11-10', 18))).toBe('moodPromptIntention');
  });

  it('asks about integration inside the window, after the infusion day', () => {
    expect(moodPromptKey(treatment('2026-11-10'), true, at('2026-11-11', 15))).toBe('moodPromptIntegration');
  });

  it('is the plain label outside the window', () => {
    expect(moodPromptKey(treatment('2026-11-10'), true, at('2026-11-13', 15))).toBe('moodNoteLabel');
  });

  it('is the plain label when prompts are switched off', () => {
    expect(moodPromptKey(treatment('2026-11-10'), false, at('2026-11-10', 18))).toBe('moodNoteLabel');
  });
});
