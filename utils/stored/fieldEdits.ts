import { t } from '@/utils/catalogue';
import { setGoal } from '@/utils/habits/edits';
import type { Edit, HoursDraft, RuleDraft } from '@/utils/nudges/edits';
import { applyHours, applyRule, setRuleAt, withHabitNudges } from '@/utils/nudges/edits';
import type { DayKey } from '@/utils/time/dayKey';
import { setProtocolValue, setStageValue } from '@/utils/treatment/edits';
import type { ProtocolNumber, Stage } from '@/utils/treatment/record';
import type { Snapshot } from './snapshot';

/**
 * The settings fields that save as they are typed (issue 16), as plain data: a page applies one
 * at once, and if the page is closed before its write is done, the background applies the same
 * one again (utils/shell/fieldSave.ts). Setting a field to a value twice is the same as once.
 */
export type FieldEdit =
  | { field: 'protocol'; key: ProtocolNumber; raw: string }
  | { field: 'stage'; index: number; key: keyof Stage; raw: string }
  | { field: 'hours'; draft: HoursDraft }
  | { field: 'rule'; habitId: string; index: number; draft: RuleDraft; label: string }
  | { field: 'goal'; habitId: string; per: 'day' | 'week'; times: string; today: DayKey };

/** Which field refused the value, and why; null once saved. */
export type FieldProblem = { field: string; error: string } | null;

const problemOf = <T>(result: Edit<T>): FieldProblem => (result.ok ? null : { field: result.field, error: result.error });

/** The edit on the freshest snapshot: what to write (nothing if refused) and the problem, if any. */
export function applyFieldEdit(snapshot: Snapshot, edit: FieldEdit): { write: Partial<Snapshot> | null; result: FieldProblem } {
  switch (edit.field) {
    case 'protocol': {
      const result = setProtocolValue(snapshot.treatment, edit.key, edit.raw);
      return result.ok ? { write: { treatment: result.record }, result: null } : { write: null, result: { field: result.field, error: result.error } };
    }
    case 'stage': {
      const result = setStageValue(snapshot.treatment, edit.index, edit.key, edit.raw);
      return result.ok ? { write: { treatment: result.record }, result: null } : { write: null, result: { field: result.field, error: result.error } };
    }
    case 'hours': {
      const result = applyHours(snapshot.settings, edit.draft);
      return { write: result.ok ? { settings: result.value } : null, result: problemOf(result) };
    }
    case 'rule': {
      const rule = snapshot.habits.habits.find((h) => h.id === edit.habitId)?.nudges[edit.index];
      if (!rule) return { write: null, result: { field: 'habit', error: t('nudgeErrorGone') } };
      const changed = applyRule(rule, edit.draft, edit.label);
      if (!changed.ok) return { write: null, result: problemOf(changed) };
      const result = withHabitNudges(snapshot.habits, edit.habitId, setRuleAt(edit.index, changed.value));
      return { write: result.ok ? { habits: result.value } : null, result: problemOf(result) };
    }
    case 'goal': {
      const result = setGoal(snapshot.habits, edit.habitId, edit.per, edit.times, edit.today);
      return result.ok ? { write: { habits: result.record }, result: null } : { write: null, result: { field: result.field, error: result.error } };
    }
  }
}

const FIELDS = ['protocol', 'stage', 'hours', 'rule', 'goal'];

/** A message's edit is one of ours in shape; each edit checks its values itself. */
export const isFieldEdit = (value: unknown): value is FieldEdit =>
  typeof value === 'object' && value !== null && FIELDS.includes((value as { field?: unknown }).field as string);
