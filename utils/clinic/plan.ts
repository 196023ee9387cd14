import { t } from '@/utils/catalogue';
import type { ClinicProfile } from './profile';
import type { ClinicWrites } from './record';
import type { Goal, Habit, HabitsRecord, NudgeRule, PresetId } from '@/utils/habits/record';
import { PRESETS } from '@/utils/habits/record';
import type { HabitEditResult } from '@/utils/habits/edits';
import { enablePreset, restoreHabit, resumeHabit, setGoal } from '@/utils/habits/edits';
import { PRESET_NAMES } from '@/utils/habits/names';
import { withHabitNudges } from '@/utils/nudges/edits';
import { dayKey } from '@/utils/time/dayKey';
import type { MeasureInterval, MeasureSettings } from '@/utils/measures/settings';
import { DEFAULT_MEASURE_SETTINGS, MEASURE_INTERVALS } from '@/utils/measures/settings';
import { KIND_PRESETS } from '@/utils/treatment/presets';
import type { Protocol, ProtocolNumber, Stage, TreatmentKind } from '@/utils/treatment/record';
import { DEFAULT_PROTOCOL, PROTOCOL_LIMITS } from '@/utils/treatment/record';

/**
 * Setting Afterglow up from a clinic profile, in two pure steps: `planClinicSetup` lists each
 * change with its from and to (what the preview shows), `applyClinicPlan` makes the changes the
 * patient kept. Only the protocol (its kind, stages and numbers), the questionnaires' intervals
 * and the clinic's habits are touched: never a treatment date, a session, a check-in, a score
 * or a custom habit.
 *
 * The conflict rule (when is a value "the patient's own"?): a current value is the patient's
 * own when it differs from what the clinic proposes, from Afterglow's default, AND from the
 * value an earlier clinic setup wrote (ClinicRecord.wrote). Such a change is a conflict: shown,
 * unticked, and the patient's value kept unless they tick it. A default or an earlier clinic's
 * value is simply updated. A clinic habit the patient paused or archived is always their own
 * choice, so switching it back on is a conflict too.
 */
export interface ClinicSetupState {
  protocol: Protocol;
  habits: HabitsRecord;
  /** The mood and questionnaire settings; a clinic sets only the intervals. */
  measures: MeasureSettings;
}

interface ChangeBase {
  /** Stable across plans for the same field: "protocol.windowHours", "habit.movement.goal". */
  id: string;
  conflict: boolean;
}
export type ProtocolChange = ChangeBase & { area: 'protocol'; key: ProtocolNumber; from: number | null; to: number | null };
export type HabitChange = ChangeBase & { area: 'habit'; preset: PresetId } & (
    | { aspect: 'add'; to: { goal: Goal; nudges: NudgeRule[] } }
    | { aspect: 'goal'; from: Goal; to: Goal }
    | { aspect: 'nudges'; from: NudgeRule[]; to: NudgeRule[] }
    | { aspect: 'resume'; from: 'paused' | 'archived' }
  );
/** The kind of treatment and the stages after the series (link version 2, issue 15). */
export type KindChange = ChangeBase & { area: 'kind'; from: TreatmentKind; to: TreatmentKind };
export type StagesChange = ChangeBase & { area: 'stages'; from: Stage[]; to: Stage[] };
/** How often the PHQ-9 and GAD-7 come, in days (link version 2, issue 11). */
export type MeasuresChange = ChangeBase & { area: 'measures'; key: MeasureInterval; from: number; to: number };
export type PlanChange = ProtocolChange | KindChange | StagesChange | MeasuresChange | HabitChange;

const sameStages = (a: Stage[], b: Stage[]) => JSON.stringify(a.map(({ weeks, times, everyWeeks }) => [weeks, times, everyWeeks])) === JSON.stringify(b.map(({ weeks, times, everyWeeks }) => [weeks, times, everyWeeks]));

/**
 * The protocol a profile proposes. A kind brings its preset schedule (the series and the
 * stages), as choosing it on the options page does, except where the clinic gives its own
 * numbers; without a kind (every version 1 link) only the numbers given.
 */
export function proposedProtocol(profile: ClinicProfile): NonNullable<ClinicProfile['protocol']> {
  const own = profile.protocol ?? {};
  if (!own.kind) return own;
  const { inductionCount, infusionsPerWeek, stages } = KIND_PRESETS[own.kind];
  return { inductionCount, infusionsPerWeek, stages, ...own };
}

export interface ClinicPlan {
  changes: PlanChange[];
}

const PROTOCOL_KEYS = Object.keys(PROTOCOL_LIMITS) as Array<ProtocolNumber>;

/** Weekday order carries no meaning: [5,1] and [1,5] are the same nudge. */
const normalNudges = (nudges: NudgeRule[]) =>
  JSON.stringify(nudges.map((n) => ('weekdays' in n ? { ...n, weekdays: [...n.weekdays].sort() } : n)));
export const sameNudges = (a: NudgeRule[], b: NudgeRule[]) => normalNudges(a) === normalNudges(b);
export const sameGoal = (a: Goal, b: Goal) => a.per === b.per && (a.per === 'day' || (b.per === 'week' && a.times === b.times));

/** The habit that stands for a preset: an active or paused one before an archived one. */
export function presetHabit(habits: HabitsRecord, preset: PresetId): Habit | undefined {
  const all = habits.habits.filter((h) => h.preset === preset);
  return all.find((h) => h.status !== 'archived') ?? all[0];
}

/** Lists what applying `profile` would change, with conflicts marked (the rule above). */
export function planClinicSetup(profile: ClinicProfile, state: ClinicSetupState, wrote: ClinicWrites | null): ClinicPlan {
  const changes: PlanChange[] = [];
  const earlier = wrote ?? { protocol: {}, habits: {} };

  const proposed = proposedProtocol(profile);
  if (proposed.kind && proposed.kind !== state.protocol.kind) {
    const from = state.protocol.kind;
    const conflict = from !== DEFAULT_PROTOCOL.kind && earlier.protocol.kind !== from;
    changes.push({ id: 'protocol.kind', area: 'kind', from, to: proposed.kind, conflict });
  }
  if (proposed.stages && !sameStages(proposed.stages, state.protocol.stages)) {
    const from = state.protocol.stages;
    const conflict = from.length > 0 && !(earlier.protocol.stages && sameStages(earlier.protocol.stages, from));
    changes.push({ id: 'protocol.stages', area: 'stages', from, to: proposed.stages, conflict });
  }
  for (const key of PROTOCOL_KEYS) {
    const to = proposed[key];
    if (to === undefined) continue;
    const from = state.protocol[key];
    if (from === to) continue;
    const conflict = from !== DEFAULT_PROTOCOL[key] && (!(key in earlier.protocol) || earlier.protocol[key] !== from);
    changes.push({ id: `protocol.${key}`, area: 'protocol', key, from, to, conflict });
  }
  for (const key of MEASURE_INTERVALS) {
    const to = profile.measures?.[key];
    if (to === undefined) continue;
    const from = state.measures[key];
    if (from === to) continue;
    const conflict = from !== DEFAULT_MEASURE_SETTINGS[key] && earlier.measures?.[key] !== from;
    changes.push({ id: `measures.${key}`, area: 'measures', key, from, to, conflict });
  }

  for (const preset of profile.presets ?? []) {
    const id = preset.id;
    const defaults = PRESETS[id];
    const habit = presetHabit(state.habits, id);
    if (!habit) {
      changes.push({
        id: `habit.${id}.add`,
        area: 'habit',
        preset: id,
        aspect: 'add',
        to: { goal: preset.goal ?? defaults.goal, nudges: preset.nudges ?? defaults.nudges },
        conflict: false,
      });
      continue;
    }
    if (habit.status !== 'active') {
      changes.push({ id: `habit.${id}.resume`, area: 'habit', preset: id, aspect: 'resume', from: habit.status, conflict: true });
    }
    const before = earlier.habits[id];
    if (preset.goal && !sameGoal(habit.goal, preset.goal)) {
      const own = !sameGoal(habit.goal, defaults.goal) && !(before?.goal && sameGoal(habit.goal, before.goal));
      changes.push({ id: `habit.${id}.goal`, area: 'habit', preset: id, aspect: 'goal', from: habit.goal, to: preset.goal, conflict: own });
    }
    if (preset.nudges && !sameNudges(habit.nudges, preset.nudges)) {
      const own = !sameNudges(habit.nudges, defaults.nudges) && !(before?.nudges && sameNudges(habit.nudges, before.nudges));
      changes.push({ id: `habit.${id}.nudges`, area: 'habit', preset: id, aspect: 'nudges', from: habit.nudges, to: preset.nudges, conflict: own });
    }
  }
  return { changes };
}

/** The changes kept when the patient ticks nothing: every change that is not a conflict. */
export const defaultChoice = (plan: ClinicPlan): PlanChange[] => plan.changes.filter((c) => !c.conflict);

const sameChange = (a: PlanChange, b: PlanChange) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One habit change, through the habits' and nudges' own edits (utils/habits/edits.ts,
 * utils/nudges/edits.ts), so their bookkeeping (goalSince, pauses, limits) holds.
 */
function applyHabitChange(habits: HabitsRecord, change: HabitChange, now: Date): HabitsRecord {
  const keep = (result: HabitEditResult) => (result.ok ? result.record : habits);
  if (change.aspect === 'add') return keep(enablePreset(habits, change.preset, t(PRESET_NAMES[change.preset]), now, change.to));
  const habit = presetHabit(habits, change.preset);
  if (!habit) return habits;
  const today = dayKey(now);
  switch (change.aspect) {
    case 'resume':
      return keep(habit.status === 'archived' ? restoreHabit(habits, habit.id, now) : resumeHabit(habits, habit.id, today));
    case 'goal':
      return keep(setGoal(habits, habit.id, change.to.per, change.to.per === 'week' ? String(change.to.times) : '', today));
    case 'nudges': {
      const result = withHabitNudges(habits, habit.id, () => change.to);
      return result.ok ? result.value : habits;
    }
  }
}

export interface AppliedSetup {
  state: ClinicSetupState;
  /** The clinic's values now in force, for the next setup's conflict rule. */
  wrote: ClinicWrites;
  applied: PlanChange[];
  /** Chosen changes left out because the setting changed after the preview was shown. */
  stale: PlanChange[];
}

/**
 * Makes the chosen changes on the freshest state. `plan` is planned on that same state; a
 * change the patient chose is made only if the fresh plan still has it exactly (same from and
 * to), so an edit made in another tab while the preview was open is never overwritten.
 */
export function applyClinicPlan(
  state: ClinicSetupState,
  plan: ClinicPlan,
  chosen: readonly PlanChange[],
  profile: ClinicProfile,
  wrote: ClinicWrites | null,
  now: Date,
): AppliedSetup {
  const applied = plan.changes.filter((fresh) => chosen.some((c) => sameChange(c, fresh)));
  const stale = chosen.filter((c) => !plan.changes.some((fresh) => sameChange(c, fresh)));
  const protocol = { ...state.protocol };
  let habits = state.habits;
  let measures = state.measures;

  for (const change of applied) {
    if (change.area === 'protocol') {
      (protocol as Record<ProtocolNumber, number | null>)[change.key] = change.to;
    } else if (change.area === 'kind') {
      protocol.kind = change.to;
    } else if (change.area === 'stages') {
      protocol.stages = change.to;
    } else if (change.area === 'measures') {
      measures = { ...measures, [change.key]: change.to };
    } else {
      habits = applyHabitChange(habits, change, now);
    }
  }

  // Every clinic value now in force counts as the clinic's, whether it was just written or
  // already matched; a value the patient kept stays theirs.
  const next: ClinicWrites = {
    protocol: { ...(wrote?.protocol ?? {}) },
    habits: { ...(wrote?.habits ?? {}) },
  };
  const proposed = proposedProtocol(profile);
  for (const key of PROTOCOL_KEYS) {
    const value = proposed[key];
    if (value !== undefined && protocol[key] === value) (next.protocol as Record<string, number | null>)[key] = value;
  }
  if (proposed.kind && protocol.kind === proposed.kind) next.protocol.kind = proposed.kind;
  if (proposed.stages && sameStages(protocol.stages, proposed.stages)) next.protocol.stages = proposed.stages;
  const measuresWrote = { ...(wrote?.measures ?? {}) };
  for (const key of MEASURE_INTERVALS) {
    const value = profile.measures?.[key];
    if (value !== undefined && measures[key] === value) measuresWrote[key] = value;
  }
  if (Object.keys(measuresWrote).length > 0) next.measures = measuresWrote;
  for (const preset of profile.presets ?? []) {
    const habit = presetHabit(habits, preset.id);
    if (!habit) continue;
    const entry = { ...(next.habits[preset.id] ?? {}) };
    const goal = preset.goal ?? (applied.some((c) => c.id === `habit.${preset.id}.add`) ? PRESETS[preset.id].goal : undefined);
    const nudges = preset.nudges ?? (applied.some((c) => c.id === `habit.${preset.id}.add`) ? PRESETS[preset.id].nudges : undefined);
    if (goal && sameGoal(habit.goal, goal)) entry.goal = goal;
    if (nudges && sameNudges(habit.nudges, nudges)) entry.nudges = nudges;
    if (entry.goal || entry.nudges) next.habits[preset.id] = entry;
  }
  return { state: { protocol, habits, measures }, wrote: next, applied, stale };
}
