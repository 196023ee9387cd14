import { NudgeHoursForm, type SaveProblem } from '@/components/NudgeHoursForm';
import '@/components/nudges.css';
import { NudgePreview } from '@/components/NudgePreview';
import { NudgeRulesForm } from '@/components/NudgeRulesForm';
import { t } from '@/utils/catalogue';
import { weekStartsOnFor } from '@/utils/habits/progress';
import type { NudgeRule } from '@/utils/habits/record';
import type { Edit, HoursDraft, RuleDraft } from '@/utils/nudges/edits';
import { applyHours, applyRule, hoursDraft, NEW_CLOCK_RULE, NEW_INTERVAL_RULE, removeRuleAt, setRuleAt, withHabitNudges } from '@/utils/nudges/edits';
import { habitRulesView, nudgePreview, weekdayOptions } from '@/utils/nudges/views';
import { loadHabits, saveHabits } from '@/utils/shell/habitsStore';
import { loadSettings } from '@/utils/shell/settingsStore';
import { settingsItem } from '@/utils/shell/storage';
import { useNudgeContext } from '@/hooks/useNudgeContext';
import { useNow } from '@/hooks/useStored';
import type { TreatmentRecord } from '@/utils/treatment/record';

const problemOf = <T,>(result: Edit<T>): SaveProblem => (result.ok ? null : { field: result.field, error: result.error });

/** Checks the form against the freshest settings and saves only the hours; null when saved. */
async function saveHours(draft: HoursDraft): Promise<SaveProblem> {
  const result = applyHours(await loadSettings(), draft);
  if (result.ok) await settingsItem.setValue(result.value);
  return problemOf(result);
}

/**
 * Changes one habit's nudges on the freshest stored record, touching nothing else of it: the
 * habits section writes the other fields.
 */
async function editNudges(habitId: string, change: (nudges: NudgeRule[]) => NudgeRule[] | string): Promise<SaveProblem> {
  const result = withHabitNudges(await loadHabits(), habitId, change);
  if (result.ok) await saveHabits(result.value);
  return problemOf(result);
}

async function saveRule(habitId: string, index: number, draft: RuleDraft, label: string): Promise<SaveProblem> {
  const rule = (await loadHabits()).habits.find((h) => h.id === habitId)?.nudges[index];
  if (!rule) return { field: 'habit', error: t('nudgeErrorGone') };
  const result = applyRule(rule, draft, label);
  return result.ok ? editNudges(habitId, setRuleAt(index, result.value)) : problemOf(result);
}

/** The options page's nudges: when they may come, each habit's nudge times, and a preview. */
export function NudgesSection({ treatment }: { treatment: TreatmentRecord }) {
  const now = useNow(60_000);
  const ctx = useNudgeContext(now, treatment);
  if (!ctx) return null;
  const habits = habitRulesView(ctx.habits);
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
        onRemoveRule={(habitId, index) => void editNudges(habitId, removeRuleAt(index))}
        onAddRule={(habitId, kind) => void editNudges(habitId, (nudges) => [...nudges, kind === 'clock' ? NEW_CLOCK_RULE : NEW_INTERVAL_RULE])}
      />
      <NudgePreview today={preview.today} tomorrow={preview.tomorrow} />
    </section>
  );
}
