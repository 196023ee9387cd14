import { NudgeHoursForm, type SaveProblem } from '@/components/NudgeHoursForm';
import '@/components/nudges.css';
import { NudgePreview } from '@/components/NudgePreview';
import { NudgeRulesForm } from '@/components/NudgeRulesForm';
import { t } from '@/utils/catalogue';
import { weekStartsOnFor } from '@/utils/habits/progress';
import type { NudgeRule } from '@/utils/habits/record';
import type { Edit, HoursDraft, RuleDraft } from '@/utils/nudges/edits';
import { hoursDraft, insertRuleAt, NEW_CLOCK_RULE, NEW_INTERVAL_RULE, removeRuleAt, withHabitNudges } from '@/utils/nudges/edits';
import { habitRulesView, nudgePreview, weekdayOptions } from '@/utils/nudges/views';
import type { DayCheckins } from '@/utils/history/records';
import { nudgeContext } from '@/utils/nudges/context';
import { saveField } from '@/utils/shell/fieldSave';
import { editStored } from '@/utils/shell/snapshot';
import type { Snapshot } from '@/utils/stored/snapshot';

const problemOf = <T,>(result: Edit<T>): SaveProblem => (result.ok ? null : { field: result.field, error: result.error });

/** Checks the form against the freshest settings and saves only the hours; null when saved. */
const saveHours = (draft: HoursDraft): Promise<SaveProblem> => saveField({ field: 'hours', draft });

/**
 * Changes one habit's nudges on the freshest stored record, touching nothing else of it: the
 * habits section writes the other fields.
 */
function editNudges(habitId: string, change: (nudges: NudgeRule[]) => NudgeRule[] | string): Promise<SaveProblem> {
  return editStored((stored) => {
    const result = withHabitNudges(stored.habits, habitId, change);
    return { write: result.ok ? { habits: result.value } : null, result: problemOf(result) };
  });
}

const saveRule = (habitId: string, index: number, draft: RuleDraft, label: string): Promise<SaveProblem> =>
  saveField({ field: 'rule', habitId, index, draft, label });

/** Removes one nudge rule; resolves to its Undo, which puts that rule back in its place. */
async function removeRule(habitId: string, index: number): Promise<() => Promise<unknown>> {
  const rule = await editStored((stored) => {
    const gone = stored.habits.habits.find((h) => h.id === habitId)?.nudges[index];
    const result = withHabitNudges(stored.habits, habitId, removeRuleAt(index));
    return { write: result.ok ? { habits: result.value } : null, result: result.ok ? gone : undefined };
  });
  return () => (rule ? editNudges(habitId, insertRuleAt(index, rule)) : Promise.resolve());
}

/** The options page's nudges: when they may come, each habit's nudge times, and a preview. */
export function NudgesSection({ stored, now, week }: { stored: Snapshot; now: Date; week: DayCheckins[] }) {
  const { habits: record, settings, treatment, nudgeState: state } = stored;
  const ctx = nudgeContext({ habits: record.habits, settings, treatment, week, state, now });
  const habits = habitRulesView(ctx.habits, ctx.settings);
  const weekdays = weekdayOptions(weekStartsOnFor(ctx.settings.weekStartsOn));
  const preview = nudgePreview(ctx, now);

  return (
    <section aria-labelledby="nudges-heading" class="stack">
      <h2 id="nudges-heading">{t('nudgeSettingsHeading')}</h2>
      <p class="muted">{t('nudgeSettingsIntro')}</p>
      <NudgeHoursForm initial={hoursDraft(ctx.settings)} weekdays={weekdays} onSave={saveHours} />
      <NudgeRulesForm
        habits={habits}
        weekdays={weekdays}
        onSaveRule={(habitId, index, draft) => {
          const label = habits.find((h) => h.habitId === habitId)?.rules[index]?.label ?? '';
          return saveRule(habitId, index, draft, label);
        }}
        onRemoveRule={removeRule}
        onAddRule={(habitId, kind) => void editNudges(habitId, (nudges) => [...nudges, kind === 'clock' ? NEW_CLOCK_RULE : NEW_INTERVAL_RULE])}
      />
      <NudgePreview today={preview.today} tomorrow={preview.tomorrow} />
    </section>
  );
}
