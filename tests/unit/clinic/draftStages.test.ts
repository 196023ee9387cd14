import { describe, expect, it } from 'vitest';
import type { ClinicDraft } from '@/utils/clinic/draft';
import { draftToProfile, emptyDraft } from '@/utils/clinic/draft';
import { addStageRow, chooseKind, draftSchedule, presetRows, removeStageRow, tickStages } from '@/utils/clinic/draftStages';
import { KIND_PRESETS } from '@/utils/treatment/presets';
import { MAX_STAGES } from '@/utils/treatment/record';
import { scheduleLines } from '@/utils/treatment/schedule';

function draft(patch: (d: ClinicDraft) => void = () => {}): ClinicDraft {
  const d = structuredClone(emptyDraft(''));
  d.name = 'Sunrise Ketamine Clinic';
  patch(d);
  return d;
}
const errorsOf = (d: ClinicDraft) => {
  const result = draftToProfile(d);
  return result.ok ? {} : result.errors;
};
const row = (weeks: string, times = '1', everyWeeks = '1') => ({ weeks, times, everyWeeks });

describe('the builder’s stages after the series', () => {
  it('starts a ticked editor from the chosen kind’s preset stages, or the IV’s none', () => {
    expect(tickStages(draft((d) => (d.kind = 'esketamine')), true).stages).toEqual([row('4'), row('', '1', '2')]);
    expect(tickStages(draft(), true).stages).toEqual([]);
    expect(presetRows('iv')).toEqual([]);
  });

  it('carries the stages only while ticked', () => {
    const ticked = tickStages(draft((d) => (d.kind = 'esketamine')), true);
    expect(draftToProfile(ticked)).toEqual({ ok: true, profile: { name: 'Sunrise Ketamine Clinic', protocol: { kind: 'esketamine', stages: KIND_PRESETS.esketamine.stages } } });
    expect(draftToProfile(tickStages(ticked, false))).toEqual({ ok: true, profile: { name: 'Sunrise Ketamine Clinic', protocol: { kind: 'esketamine' } } });
  });

  it('carries an emptied list as “as needed”, which takes the kind’s stages’ place', () => {
    const none = tickStages(draft((d) => (d.kind = 'esketamine')), true);
    none.stages = removeStageRow(removeStageRow(none.stages, 1), 0);
    expect(draftToProfile(none)).toMatchObject({ ok: true, profile: { protocol: { kind: 'esketamine', stages: [] } } });
  });

  it('reads the rows as typed, with spaces, the last open-ended', () => {
    const d = draft((x) => {
      x.stagesOn = true;
      x.stages = [row(' 6 ', '2', '1'), row('', '1', '3')];
    });
    expect(draftToProfile(d)).toMatchObject({ ok: true, profile: { protocol: { stages: [{ weeks: 6, times: 2, everyWeeks: 1 }, { weeks: null, times: 1, everyWeeks: 3 }] } } });
  });

  it.each<[string, ClinicDraft['stages'], Record<string, string>]>([
    ['times 4', [row('4', '4')], { 'stage-0-times': 'Times: enter a whole number from 1 to 3.' }],
    ['0 weeks', [row('0')], { 'stage-0-weeks': 'For how many weeks (empty: ongoing): enter a whole number from 1 to 52.' }],
    ['every 1.5 weeks', [row('4'), row('', '1', '1.5')], { 'stage-1-everyWeeks': 'Every how many weeks: enter a whole number from 1 to 12.' }],
    ['an empty times field', [row('', '')], { 'stage-0-times': 'Times: enter a whole number from 1 to 3.' }],
    ['an open-ended stage before another', [row(''), row('4')], { 'stage-0-weeks': 'Only the last stage can go on without an end: enter its weeks.' }],
    ['two wrong fields in one stage', [row('60', '0')], {
      'stage-0-weeks': 'For how many weeks (empty: ongoing): enter a whole number from 1 to 52.',
      'stage-0-times': 'Times: enter a whole number from 1 to 3.',
    }],
  ])('refuses %s with the options page’s sentence, one per wrong field', (_name, stages, errors) => {
    expect(errorsOf(draft((d) => ((d.stagesOn = true), (d.stages = stages))))).toEqual(errors);
  });

  it('ignores wrong rows while unticked', () => {
    expect(draftToProfile(draft((d) => (d.stages = [row('x')])))).toMatchObject({ ok: true });
  });

  it('refuses more stages than a schedule may have', () => {
    const five = Array.from({ length: MAX_STAGES + 1 }, (_, i) => row(i === MAX_STAGES ? '' : '2'));
    expect(errorsOf(draft((d) => ((d.stagesOn = true), (d.stages = five))))).toEqual({ stages: 'At most 4 stages.' });
  });

  it('adds a weekly open-ended stage, giving the open-ended one before it 4 weeks, up to the limit', () => {
    expect(addStageRow([])).toEqual([row('')]);
    expect(addStageRow([row('', '1', '2')])).toEqual([row('4', '1', '2'), row('')]);
    const full = Array.from({ length: MAX_STAGES }, () => row('2'));
    expect(addStageRow(full)).toBe(full);
  });

  it('follows a new kind while the rows still hold the old kind’s preset, and keeps rows the clinic edited', () => {
    const ticked = tickStages(draft((d) => (d.kind = 'esketamine')), true);
    expect(chooseKind(ticked, 'home').stages).toEqual([]);
    const edited = { ...ticked, stages: [row('6'), row('', '1', '2')] };
    expect(chooseKind(edited, 'home').stages).toEqual(edited.stages);
    expect(chooseKind(draft(), 'esketamine')).toMatchObject({ kind: 'esketamine', stages: [] });
  });

  it('says the resulting schedule in words: the series from its fields or the kind, then the stages', () => {
    const spray = tickStages(draft((d) => (d.kind = 'esketamine')), true);
    expect(scheduleLines(draftSchedule(spray)!)).toEqual(['Series: weeks 1–4, twice a week', 'Weeks 5–8: once a week', 'From week 9: once every 2 weeks']);
    const own = { ...spray, protocol: { ...spray.protocol, inductionCount: '6', infusionsPerWeek: '3' } };
    expect(scheduleLines(draftSchedule(own)!)[0]).toBe('Series: weeks 1–2, 3 times a week');
    expect(draftSchedule({ ...spray, stagesOn: false })).toBeNull();
    expect(draftSchedule({ ...spray, stages: [row('x')] })).toBeNull();
    expect(draftSchedule({ ...spray, protocol: { ...spray.protocol, infusionsPerWeek: '9' } })).toBeNull();
  });
});

describe('the builder’s questionnaire intervals (issue 11)', () => {
  it('carries only the intervals filled in, as days', () => {
    expect(draftToProfile(draft((d) => (d.measures.inductionEveryDays = ' 10 ')))).toEqual({
      ok: true,
      profile: { name: 'Sunrise Ketamine Clinic', measures: { inductionEveryDays: 10 } },
    });
    expect(draftToProfile(draft())).toEqual({ ok: true, profile: { name: 'Sunrise Ketamine Clinic' } });
  });

  it.each([
    ['6', 'inductionEveryDays'],
    ['29', 'maintenanceEveryDays'],
    ['10.5', 'inductionEveryDays'],
    ['a week', 'maintenanceEveryDays'],
  ] as const)('refuses %s days beside the field', (raw, key) => {
    expect(errorsOf(draft((d) => (d.measures[key] = raw)))).toEqual({ [`measures-${key}`]: 'Enter a whole number from 7 to 28.' });
  });
});
