import { describe, expect, it } from 'vitest';
import type { ClinicPlan, ClinicSetupState } from '@/utils/clinic/plan';
import { applyClinicPlan, defaultChoice, planClinicSetup } from '@/utils/clinic/plan';
import type { ClinicProfile } from '@/utils/clinic/profile';
import type { ClinicWrites } from '@/utils/clinic/record';
import { enablePreset, pauseHabit, archiveHabit } from '@/utils/habits/edits';
import type { HabitsRecord } from '@/utils/habits/record';
import { EMPTY_HABITS, PRESETS } from '@/utils/habits/record';
import { DEFAULT_MEASURE_SETTINGS } from '@/utils/measures/settings';
import { DEFAULT_PROTOCOL } from '@/utils/treatment/record';
import { KIND_PRESETS } from '@/utils/treatment/presets';
import { describeChange } from '@/utils/clinic/summary';
import { parseClinicLink } from '@/utils/clinic/link';

const now = new Date('2026-11-27T10:00:00Z');
const fresh: ClinicSetupState = { protocol: DEFAULT_PROTOCOL, habits: EMPTY_HABITS, measures: DEFAULT_MEASURE_SETTINGS };

const sunrise: ClinicProfile = {
  name: 'Sunrise Ketamine Clinic',
  phone: '+1 555 010 2000',
  protocol: { windowHours: 72, boosterIntervalWeeks: 4, inductionCount: 6 },
  presets: [
    { id: 'morning-light', nudges: [{ kind: 'clock', time: '07:30', weekdays: [1, 2, 3, 4, 5] }] },
    { id: 'movement', goal: { per: 'week', times: 2 } },
  ],
};

function withPreset(record: HabitsRecord, preset: 'morning-light' | 'movement', overrides = {}): HabitsRecord {
  const result = enablePreset(record, preset, preset, new Date('2026-11-01T10:00:00Z'), overrides);
  if (!result.ok) throw new Error(result.error);
  return result.record;
}

const byId = (plan: ClinicPlan) => Object.fromEntries(plan.changes.map((c) => [c.id, c]));

describe('planning a clinic setup', () => {
  it('on a fresh install lists each clinic value as a plain change, from the default', () => {
    const plan = planClinicSetup(sunrise, fresh, null);
    expect(plan.changes.map((c) => [c.id, c.conflict])).toEqual([
      ['protocol.windowHours', false],
      ['protocol.boosterIntervalWeeks', false],
      ['habit.morning-light.add', false],
      ['habit.movement.add', false],
    ]);
    expect(byId(plan)['protocol.windowHours']).toMatchObject({ from: 48, to: 72 });
    expect(byId(plan)['protocol.boosterIntervalWeeks']).toMatchObject({ from: null, to: 4 });
    expect(byId(plan)['habit.movement.add']).toMatchObject({ to: { goal: { per: 'week', times: 2 }, nudges: PRESETS.movement.nudges } });
  });

  it('lists nothing for a value that already matches', () => {
    const plan = planClinicSetup({ name: 'Same', protocol: { windowHours: 48, inductionCount: 6 } }, fresh, null);
    expect(plan.changes).toEqual([]);
  });

  it('marks a number the patient set by hand as a conflict', () => {
    const state = { ...fresh, protocol: { ...DEFAULT_PROTOCOL, windowHours: 36 } };
    expect(byId(planClinicSetup(sunrise, state, null))['protocol.windowHours']).toMatchObject({ from: 36, to: 72, conflict: true });
  });

  it('updates a number an earlier clinic set, without calling it a conflict', () => {
    const state = { ...fresh, protocol: { ...DEFAULT_PROTOCOL, windowHours: 60 } };
    const wrote: ClinicWrites = { protocol: { windowHours: 60 }, habits: {} };
    expect(byId(planClinicSetup(sunrise, state, wrote))['protocol.windowHours']).toMatchObject({ from: 60, conflict: false });
  });

  it('marks a number as the patient’s when they changed what an earlier clinic set', () => {
    const state = { ...fresh, protocol: { ...DEFAULT_PROTOCOL, windowHours: 30 } };
    const wrote: ClinicWrites = { protocol: { windowHours: 60 }, habits: {} };
    expect(byId(planClinicSetup(sunrise, state, wrote))['protocol.windowHours']).toMatchObject({ conflict: true });
  });

  it('leaves numbers the clinic does not set alone', () => {
    const plan = planClinicSetup({ name: 'Only window', protocol: { windowHours: 24 } }, { ...fresh, protocol: { ...DEFAULT_PROTOCOL, therapySessionCount: 9 } }, null);
    expect(plan.changes.map((c) => c.id)).toEqual(['protocol.windowHours']);
  });

  it('changes a habit’s default nudge time plainly, and a time the patient chose as a conflict', () => {
    const onDefault = planClinicSetup(sunrise, { ...fresh, habits: withPreset(EMPTY_HABITS, 'morning-light') }, null);
    expect(byId(onDefault)['habit.morning-light.nudges']).toMatchObject({ conflict: false, from: PRESETS['morning-light'].nudges });

    const own = withPreset(EMPTY_HABITS, 'morning-light', { nudges: [{ kind: 'clock', time: '09:15', weekdays: [0, 1, 2, 3, 4, 5, 6] }] });
    expect(byId(planClinicSetup(sunrise, { ...fresh, habits: own }, null))['habit.morning-light.nudges']).toMatchObject({ conflict: true });
  });

  it('treats the same weekdays in another order as the same nudge', () => {
    const same = withPreset(EMPTY_HABITS, 'morning-light', { nudges: [{ kind: 'clock', time: '07:30', weekdays: [5, 4, 3, 2, 1] }] });
    expect(planClinicSetup(sunrise, { ...fresh, habits: same }, null).changes.map((c) => c.id)).not.toContain('habit.morning-light.nudges');
  });

  it('marks a weekly goal the patient raised as a conflict, and a default one as a plain change', () => {
    const raised = withPreset(EMPTY_HABITS, 'movement', { goal: { per: 'week', times: 4 } });
    expect(byId(planClinicSetup(sunrise, { ...fresh, habits: raised }, null))['habit.movement.goal']).toMatchObject({ conflict: true, from: { per: 'week', times: 4 } });
    const onDefault = withPreset(EMPTY_HABITS, 'movement');
    expect(byId(planClinicSetup(sunrise, { ...fresh, habits: onDefault }, null))['habit.movement.goal']).toMatchObject({ conflict: false });
  });

  it('asks before switching back on a habit the patient paused or archived', () => {
    const paused = pauseHabit(withPreset(EMPTY_HABITS, 'movement'), 'movement', '2026-11-20');
    const archived = archiveHabit(withPreset(EMPTY_HABITS, 'movement'), 'movement', '2026-11-20');
    if (!paused.ok || !archived.ok) throw new Error('setup');
    expect(byId(planClinicSetup(sunrise, { ...fresh, habits: paused.record }, null))['habit.movement.resume']).toMatchObject({ from: 'paused', conflict: true });
    expect(byId(planClinicSetup(sunrise, { ...fresh, habits: archived.record }, null))['habit.movement.resume']).toMatchObject({ from: 'archived', conflict: true });
  });

  it('keeps every conflict out of the default choice', () => {
    const state = { ...fresh, protocol: { ...DEFAULT_PROTOCOL, windowHours: 36 } };
    expect(defaultChoice(planClinicSetup(sunrise, state, null)).map((c) => c.id)).toEqual([
      'protocol.boosterIntervalWeeks',
      'habit.morning-light.add',
      'habit.movement.add',
    ]);
  });
});

describe('applying a clinic setup', () => {
  it('makes the chosen changes and only those', () => {
    const plan = planClinicSetup(sunrise, fresh, null);
    const chosen = plan.changes.filter((c) => c.id !== 'habit.movement.add');
    const { state, applied, stale } = applyClinicPlan(fresh, plan, chosen, sunrise, null, now);
    expect(state.protocol).toEqual({ ...DEFAULT_PROTOCOL, windowHours: 72, boosterIntervalWeeks: 4 });
    expect(state.habits.habits.map((h) => [h.id, h.status, h.nudges])).toEqual([
      ['morning-light', 'active', [{ kind: 'clock', time: '07:30', weekdays: [1, 2, 3, 4, 5] }]],
    ]);
    expect(state.habits.habits[0]!.name).toBe('Morning light outside');
    expect(applied).toHaveLength(3);
    expect(stale).toEqual([]);
  });

  it('keeps the patient’s own value when they leave its conflict unticked, and uses the clinic’s when they tick it', () => {
    const state = { ...fresh, protocol: { ...DEFAULT_PROTOCOL, windowHours: 36 } };
    const plan = planClinicSetup(sunrise, state, null);
    expect(applyClinicPlan(state, plan, defaultChoice(plan), sunrise, null, now).state.protocol.windowHours).toBe(36);
    expect(applyClinicPlan(state, plan, plan.changes, sunrise, null, now).state.protocol.windowHours).toBe(72);
  });

  it('skips a chosen change whose setting moved after the preview was shown', () => {
    const shown = planClinicSetup(sunrise, fresh, null);
    const movedMeanwhile = { ...fresh, protocol: { ...DEFAULT_PROTOCOL, windowHours: 40 } };
    const freshPlan = planClinicSetup(sunrise, movedMeanwhile, null);
    const result = applyClinicPlan(movedMeanwhile, freshPlan, shown.changes, sunrise, null, now);
    expect(result.state.protocol.windowHours).toBe(40);
    expect(result.stale.map((c) => c.id)).toEqual(['protocol.windowHours']);
  });

  it('resumes a paused habit through the habits’ own edit, closing its pause', () => {
    const paused = pauseHabit(withPreset(EMPTY_HABITS, 'movement'), 'movement', '2026-11-20');
    if (!paused.ok) throw new Error('setup');
    const state = { ...fresh, habits: paused.record };
    const plan = planClinicSetup(sunrise, state, null);
    const habit = applyClinicPlan(state, plan, plan.changes, sunrise, null, now).state.habits.habits[0]!;
    expect(habit.status).toBe('active');
    expect(habit.pauses).toEqual([{ from: '2026-11-20', until: '2026-11-26' }]);
    expect(habit.goal).toEqual({ per: 'week', times: 2 });
  });

  it('remembers the clinic’s values in force, so the next setup can tell them from the patient’s', () => {
    const state = { ...fresh, protocol: { ...DEFAULT_PROTOCOL, windowHours: 36 } };
    const plan = planClinicSetup(sunrise, state, null);
    const first = applyClinicPlan(state, plan, defaultChoice(plan), sunrise, null, now);
    // The window stayed the patient's (36): not recorded as the clinic's.
    expect(first.wrote.protocol).toEqual({ boosterIntervalWeeks: 4, inductionCount: 6 });
    expect(first.wrote.habits['movement']).toEqual({ goal: { per: 'week', times: 2 }, nudges: [] });

    // A second profile from the same clinic updates its own values without asking.
    const next: ClinicProfile = { ...sunrise, protocol: { boosterIntervalWeeks: 6, windowHours: 72 }, presets: [{ id: 'movement', goal: { per: 'week', times: 3 } }] };
    const second = planClinicSetup(next, first.state, first.wrote);
    expect(byId(second)['protocol.boosterIntervalWeeks']).toMatchObject({ from: 4, to: 6, conflict: false });
    expect(byId(second)['protocol.windowHours']).toMatchObject({ conflict: true });
    expect(byId(second)['habit.movement.goal']).toMatchObject({ conflict: false });
  });

  it('never touches a custom habit', () => {
    const custom = {
      ...EMPTY_HABITS,
      habits: [{ id: 'custom-ab12', preset: null, name: 'Stretch at lunch', direction: 'build' as const, goal: { per: 'day' as const }, status: 'active' as const, createdAt: now.toISOString(), nudges: [] }],
    };
    const state = { ...fresh, habits: custom };
    const plan = planClinicSetup(sunrise, state, null);
    const result = applyClinicPlan(state, plan, plan.changes, sunrise, null, now);
    expect(result.state.habits.habits[0]).toEqual(custom.habits[0]);
  });
});

describe('a clinic link with a treatment kind and stages (link version 2, issue 15)', () => {
  const spray: ClinicProfile = { name: 'Spray Clinic', protocol: { kind: 'esketamine' } };

  it('a kind brings its preset schedule, each part a change of its own, and applying it sets them', () => {
    const plan = planClinicSetup(spray, fresh, null);
    expect(plan.changes.map((c) => [c.id, c.conflict])).toEqual([
      ['protocol.kind', false],
      ['protocol.stages', false],
      ['protocol.inductionCount', false],
    ]);
    expect(plan.changes.map(describeChange)).toEqual([
      'Treatment kind: from IV infusion to Esketamine nasal spray',
      'After the series: from as needed to for 4 weeks, once a week; after that, once every 2 weeks',
      'Treatments in the series: from 6 to 8',
    ]);
    const { state, wrote } = applyClinicPlan(fresh, plan, defaultChoice(plan), spray, null, now);
    expect(state.protocol).toEqual(KIND_PRESETS.esketamine);
    expect(wrote.protocol).toMatchObject({ kind: 'esketamine', inductionCount: 8, stages: KIND_PRESETS.esketamine.stages });
  });

  it("the clinic's own numbers and stages win over the kind's preset", () => {
    const own: ClinicProfile = { name: 'Own', protocol: { kind: 'esketamine', inductionCount: 6, stages: [{ weeks: null, times: 1, everyWeeks: 1 }] } };
    const plan = planClinicSetup(own, fresh, null);
    const { state } = applyClinicPlan(fresh, plan, defaultChoice(plan), own, null, now);
    expect(state.protocol).toMatchObject({ kind: 'esketamine', inductionCount: 6, infusionsPerWeek: 2, stages: [{ weeks: null, times: 1, everyWeeks: 1 }] });
  });

  it("a patient's own kind and stages are theirs: a conflict, kept unless ticked", () => {
    const mine: ClinicSetupState = { ...fresh, protocol: { ...KIND_PRESETS.home, stages: [{ weeks: null, times: 1, everyWeeks: 3 }] } };
    const plan = planClinicSetup(spray, mine, null);
    expect(plan.changes.filter((c) => c.area === 'kind' || c.area === 'stages').map((c) => c.conflict)).toEqual([true, true]);
  });

  it('a version 1 link (no kind) leaves the kind and stages as they are', () => {
    const mine: ClinicSetupState = { ...fresh, protocol: KIND_PRESETS.esketamine };
    const plan = planClinicSetup(sunrise, mine, null);
    const { state } = applyClinicPlan(mine, plan, defaultChoice(plan), sunrise, null, now);
    // The series of 8 is the patient's own (not the default, not a clinic's): kept, as before kinds.
    expect(plan.changes.find((c) => c.id === 'protocol.inductionCount')?.conflict).toBe(true);
    expect(state.protocol).toMatchObject({ kind: 'esketamine', stages: KIND_PRESETS.esketamine.stages, inductionCount: 8, windowHours: 72 });
  });
});

describe('a clinic link with the questionnaires’ intervals (link version 2, issue 11)', () => {
  const tenDays: ClinicProfile = { name: 'Ten Day Clinic', measures: { inductionEveryDays: 10, maintenanceEveryDays: 21 } };

  it('changes an interval still at its default plainly, and says it from → to', () => {
    const plan = planClinicSetup(tenDays, fresh, null);
    expect(plan.changes.map((c) => [c.id, c.conflict])).toEqual([
      ['measures.inductionEveryDays', false],
      ['measures.maintenanceEveryDays', false],
    ]);
    expect(plan.changes.map(describeChange)).toEqual([
      'PHQ-9 and GAD-7 during the series: from every 7 days to every 10 days',
      'PHQ-9 and GAD-7 after the series: from every 14 days to every 21 days',
    ]);
  });

  it('sets the chosen intervals on the measures record, keeping its other settings, and remembers them as the clinic’s', () => {
    const mine: ClinicSetupState = { ...fresh, measures: { ...DEFAULT_MEASURE_SETTINGS, moodPrompts: false, nudge: true } };
    const plan = planClinicSetup(tenDays, mine, null);
    const { state, wrote } = applyClinicPlan(mine, plan, defaultChoice(plan), tenDays, null, now);
    expect(state.measures).toEqual({ moodPrompts: false, nudge: true, inductionEveryDays: 10, maintenanceEveryDays: 21 });
    expect(wrote.measures).toEqual({ inductionEveryDays: 10, maintenanceEveryDays: 21 });
    expect(state.protocol).toEqual(mine.protocol);
  });

  it('lists nothing for an interval that already matches, and still counts it as the clinic’s', () => {
    const same: ClinicProfile = { name: 'Same', measures: { inductionEveryDays: 7 } };
    const plan = planClinicSetup(same, fresh, null);
    expect(plan.changes).toEqual([]);
    expect(applyClinicPlan(fresh, plan, [], same, null, now).wrote.measures).toEqual({ inductionEveryDays: 7 });
  });

  it('marks an interval the patient set by hand as a conflict, kept unless ticked', () => {
    const mine: ClinicSetupState = { ...fresh, measures: { ...DEFAULT_MEASURE_SETTINGS, inductionEveryDays: 14 } };
    const plan = planClinicSetup(tenDays, mine, null);
    expect(byId(plan)['measures.inductionEveryDays']).toMatchObject({ from: 14, to: 10, conflict: true });
    expect(byId(plan)['measures.maintenanceEveryDays']).toMatchObject({ conflict: false });
    const kept = applyClinicPlan(mine, plan, defaultChoice(plan), tenDays, null, now);
    expect(kept.state.measures).toMatchObject({ inductionEveryDays: 14, maintenanceEveryDays: 21 });
    // The kept interval stays the patient's: not recorded as the clinic's.
    expect(kept.wrote.measures).toEqual({ maintenanceEveryDays: 21 });
    expect(applyClinicPlan(mine, plan, plan.changes, tenDays, null, now).state.measures.inductionEveryDays).toBe(10);
  });

  it('updates an interval an earlier clinic set without asking, and asks when the patient changed it since', () => {
    const earlier: ClinicWrites = { protocol: {}, habits: {}, measures: { inductionEveryDays: 12 } };
    const fromClinic: ClinicSetupState = { ...fresh, measures: { ...DEFAULT_MEASURE_SETTINGS, inductionEveryDays: 12 } };
    expect(byId(planClinicSetup(tenDays, fromClinic, earlier))['measures.inductionEveryDays']).toMatchObject({ from: 12, conflict: false });
    const changedSince: ClinicSetupState = { ...fresh, measures: { ...DEFAULT_MEASURE_SETTINGS, inductionEveryDays: 20 } };
    expect(byId(planClinicSetup(tenDays, changedSince, earlier))['measures.inductionEveryDays']).toMatchObject({ from: 20, conflict: true });
  });

  it('reads an earlier clinic’s writes stored before links carried intervals (no measures) as “none of them”', () => {
    const old: ClinicWrites = { protocol: { windowHours: 60 }, habits: {} };
    const mine: ClinicSetupState = { ...fresh, measures: { ...DEFAULT_MEASURE_SETTINGS, maintenanceEveryDays: 28 } };
    const plan = planClinicSetup(tenDays, mine, old);
    expect(byId(plan)['measures.maintenanceEveryDays']).toMatchObject({ from: 28, conflict: true });
    const { wrote } = applyClinicPlan(mine, plan, defaultChoice(plan), tenDays, old, now);
    expect(wrote).toEqual({ protocol: { windowHours: 60 }, habits: {}, measures: { inductionEveryDays: 10 } });
  });

  it('skips an interval changed in another tab while the preview was open', () => {
    const shown = planClinicSetup(tenDays, fresh, null);
    const movedMeanwhile: ClinicSetupState = { ...fresh, measures: { ...DEFAULT_MEASURE_SETTINGS, inductionEveryDays: 9 } };
    const result = applyClinicPlan(movedMeanwhile, planClinicSetup(tenDays, movedMeanwhile, null), shown.changes, tenDays, null, now);
    expect(result.state.measures.inductionEveryDays).toBe(9);
    expect(result.stale.map((c) => c.id)).toEqual(['measures.inductionEveryDays']);
    expect(result.applied.map((c) => c.id)).toEqual(['measures.maintenanceEveryDays']);
  });

  it('a version 1 link still means what it meant: its numbers only, the patient’s stages and intervals kept', async () => {
    // A version 1 code as Afterglow before issues 11 and 15 made it: "1." + base64url(deflate(JSON)).
    const json = new TextEncoder().encode(JSON.stringify({ name: 'Old Clinic', protocol: { windowHours: 60 } }));
    const bytes = new Uint8Array(await new Response(new Blob([json]).stream().pipeThrough(new CompressionStream('deflate'))).arrayBuffer());
    const code = `1.${btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    const parsed = await parseClinicLink(code);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.profile).toEqual({ name: 'Old Clinic', protocol: { windowHours: 60 } });

    const mine: ClinicSetupState = { ...fresh, protocol: KIND_PRESETS.esketamine, measures: { ...DEFAULT_MEASURE_SETTINGS, inductionEveryDays: 21 } };
    const plan = planClinicSetup(parsed.profile, mine, null);
    expect(plan.changes.map((c) => c.id)).toEqual(['protocol.windowHours']);
    const { state, wrote } = applyClinicPlan(mine, plan, defaultChoice(plan), parsed.profile, null, now);
    expect(state.protocol).toEqual({ ...KIND_PRESETS.esketamine, windowHours: 60 });
    expect(state.measures).toBe(mine.measures);
    expect(wrote).toEqual({ protocol: { windowHours: 60 }, habits: {} });
  });

  it('leaves the measures record as it was (the same object) for a link without intervals', () => {
    const plan = planClinicSetup(sunrise, fresh, null);
    const result = applyClinicPlan(fresh, plan, plan.changes, sunrise, null, now);
    expect(result.state.measures).toBe(fresh.measures);
    expect(result.wrote.measures).toBeUndefined();
  });
});
