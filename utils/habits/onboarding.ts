import { t } from '@/utils/catalogue';
import type { ClinicProfile } from '@/utils/clinic/profile';
import { presetHabit } from '@/utils/clinic/plan';
import { dayKey } from '@/utils/time/dayKey';
import type { HabitEditResult } from './edits';
import { archiveHabit, enablePreset, resumeHabit } from './edits';
import { PRESET_NAMES } from './names';
import type { HabitsRecord, NudgeRule, PresetId } from './record';
import { PRESETS } from './record';
import { applyRule, ruleDraft, setRuleAt, withHabitNudges } from '@/utils/nudges/edits';

/**
 * First run, step 3: the presets as a list to tick, the clinic's suggestions ticked, with the
 * first nudge time of those that have one. Saving goes through the habits' and nudges' own
 * edits (utils/habits/edits.ts, utils/nudges/edits.ts).
 */
export interface HabitChoice {
  id: PresetId;
  name: string;
  ticked: boolean;
  /** "08:00" for presets nudged at a time of day; null for the others. */
  time: string | null;
}

const timeOf = (rules: NudgeRule[] | undefined): string | null => {
  const rule = rules?.[0];
  return rule && (rule.kind === 'clock' || rule.kind === 'in-window') ? rule.time : null;
};

/** The list as it starts: a habit already on is ticked, and so is each the clinic suggests that the patient has not set aside. */
export function habitChoices(record: HabitsRecord, clinic: ClinicProfile | null): HabitChoice[] {
  const suggested = new Map((clinic?.presets ?? []).map((p) => [p.id, p]));
  return (Object.keys(PRESETS) as PresetId[]).map((id) => {
    const habit = presetHabit(record, id);
    const fromClinic = suggested.get(id);
    return {
      id,
      name: t(PRESET_NAMES[id]),
      ticked: habit ? habit.status === 'active' : fromClinic !== undefined,
      time: timeOf(habit?.nudges) ?? timeOf(fromClinic?.nudges) ?? timeOf(PRESETS[id].nudges),
    };
  });
}

/**
 * Saves the ticks: a ticked preset is switched on (with the clinic's goal and nudges, if it
 * suggests it) and given its time; an unticked one that was on is archived, its history kept.
 * Returns the first error, and the record unchanged with it.
 */
export function saveHabitChoices(record: HabitsRecord, choices: HabitChoice[], clinic: ClinicProfile | null, now: Date): HabitEditResult {
  const today = dayKey(now);
  let next = record;
  for (const choice of choices) {
    const habit = presetHabit(next, choice.id);
    let result: HabitEditResult = { ok: true, record: next };
    if (choice.ticked && !habit) {
      const fromClinic = clinic?.presets?.find((p) => p.id === choice.id);
      result = enablePreset(next, choice.id, choice.name, now, { ...(fromClinic?.goal && { goal: fromClinic.goal }), ...(fromClinic?.nudges && { nudges: fromClinic.nudges }) });
    } else if (choice.ticked && habit?.status === 'archived') result = enablePreset(next, choice.id, choice.name, now);
    else if (choice.ticked && habit?.status === 'paused') result = resumeHabit(next, habit.id, today);
    else if (!choice.ticked && habit?.status === 'active') result = archiveHabit(next, habit.id, today);
    if (!result.ok) return result;
    next = result.record;

    const rule = presetHabit(next, choice.id)?.nudges[0];
    if (!choice.ticked || choice.time === null || !rule || timeOf([rule]) === choice.time) continue;
    const changed = applyRule(rule, { ...ruleDraft(rule), time: choice.time }, choice.name);
    if (!changed.ok) return { ok: false, field: `habit-${choice.id}-time`, error: changed.error };
    const withTime = withHabitNudges(next, choice.id, setRuleAt(0, changed.value));
    if (!withTime.ok) return { ok: false, field: `habit-${choice.id}-time`, error: withTime.error };
    next = withTime.value;
  }
  return { ok: true, record: next };
}
