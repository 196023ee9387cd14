import { useCallback, useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { Weekday } from '@/utils/habits/record';
import type { RuleDraft } from '@/utils/nudges/edits';
import type { HabitRulesView, RuleView } from '@/utils/nudges/views';
import type { SaveProblem } from './NudgeHoursForm';
import { UndoNotice } from './UndoNotice';
import { WeekdayChecks } from './WeekdayChecks';

interface RowProps {
  habitId: string;
  rule: RuleView;
  /** Just saved: the row shows so (it is drawn afresh from the stored rule after a save). */
  saved: boolean;
  onEdit: () => void;
  weekdays: Array<{ value: Weekday; label: string }>;
  onSave: (draft: RuleDraft) => Promise<SaveProblem>;
  onRemove: () => void;
}

/**
 * One nudge rule's fields, saved as soon as they hold a valid nudge (issue 16); nothing is saved
 * while a field is wrong. A time inside quiet hours is said right there.
 */
function RuleRow({ habitId, rule, saved, onEdit, weekdays, onSave, onRemove }: RowProps) {
  const [draft, setDraft] = useState(rule.draft);
  const [problem, setProblem] = useState<SaveProblem>(null);
  const id = `nudge-${habitId}-${rule.index}`;
  const errorId = `${id}-error`;
  const set = async (change: Partial<RuleDraft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    onEdit();
    setProblem(await onSave(next));
  };
  const fieldProps = (field: keyof RuleDraft) => ({
    id: `${id}-${field}`,
    'aria-invalid': problem?.field === field ? ('true' as const) : ('false' as const),
    'aria-describedby': problem?.field === field ? errorId : undefined,
  });

  const time = (labelText: string) => (
    <div class="field">
      <label for={`${id}-time`}>{labelText}</label>
      <input type="time" {...fieldProps('time')} value={draft.time} onInput={(e) => void set({ time: e.currentTarget.value })} />
    </div>
  );
  const minutes = (field: 'minutesBefore' | 'everyMinutes', labelText: string, hint?: string) => (
    <div class="field">
      <label for={`${id}-${field}`}>{labelText}</label>
      <input
        type="number"
        inputMode="numeric"
        step={1}
        {...fieldProps(field)}
        aria-describedby={[hint && `${id}-hint`, problem?.field === field && errorId].filter(Boolean).join(' ') || undefined}
        value={draft[field]}
        onInput={(e) => void set({ [field]: e.currentTarget.value })}
      />
      {hint && (
        <span id={`${id}-hint`} class="muted small">
          {hint}
        </span>
      )}
    </div>
  );
  const days = () => (
    <WeekdayChecks
      id={`${id}-day`}
      legend={t('nudgeRuleDays', rule.label)}
      options={weekdays}
      value={draft.weekdays}
      invalid={problem?.field === 'weekdays'}
      describedBy={problem?.field === 'weekdays' ? errorId : undefined}
      onChange={(weekdays) => void set({ weekdays })}
    />
  );

  return (
    <li>
      <form class="entry-form" onSubmit={(e) => e.preventDefault()} noValidate>
        {rule.kind === 'clock' && (
          <>
            {time(t('nudgeRuleTime', rule.label))}
            {days()}
          </>
        )}
        {rule.kind === 'in-window' && time(t('nudgeRuleWindow', rule.label))}
        {rule.kind === 'before-bedtime' && (
          <>
            {minutes('minutesBefore', t('nudgeRuleBedtime', rule.label))}
            {days()}
          </>
        )}
        {rule.kind === 'interval' && minutes('everyMinutes', t('nudgeRuleEvery', rule.label), t('nudgeRuleEveryHint'))}
        {rule.quiet && !problem && (
          <p class="warning small" role="status">
            {rule.quiet}
          </p>
        )}
        <p class="row">
          <button type="button" onClick={onRemove} aria-label={t('nudgeRuleNamed', t('nudgeRuleRemove'), rule.label)}>
            {t('nudgeRuleRemove')}
          </button>
          {saved && (
            <span role="status" class="saved small">
              {t('nudgeSaved')}
            </span>
          )}
        </p>
        {problem && (
          <p id={errorId} class="error" role="alert">
            {problem.error}
          </p>
        )}
      </form>
    </li>
  );
}

interface Props {
  habits: HabitRulesView[];
  weekdays: Array<{ value: Weekday; label: string }>;
  onSaveRule: (habitId: string, index: number, draft: RuleDraft) => Promise<SaveProblem>;
  /** Removes the rule; resolves to the way to put it back. */
  onRemoveRule: (habitId: string, index: number) => Promise<() => Promise<unknown>>;
  onAddRule: (habitId: string, kind: 'clock' | 'interval') => void;
}

/** Each habit's nudges: times and days, minutes before bedtime, or a break interval. */
export function NudgeRulesForm({ habits, weekdays, onSaveRule, onRemoveRule, onAddRule }: Props) {
  const [savedRule, setSavedRule] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ habitId: string; what: string; undo: () => Promise<unknown> } | null>(null);
  const forget = useCallback(() => setRemoved(null), []);
  const remove = async (habitId: string, index: number, what: string) => {
    setSavedRule(null);
    const undo = await onRemoveRule(habitId, index);
    setRemoved({ habitId, what, undo });
  };
  return (
    <section aria-labelledby="nudge-rules-heading" class="stack">
      <h3 id="nudge-rules-heading">{t('nudgeRulesHeading')}</h3>
      {habits.length === 0 && <p class="muted">{t('nudgeRulesNone')}</p>}
      {habits.map((habit) => (
        <div key={habit.habitId} class="stack">
          <h4 id={`nudge-habit-${habit.habitId}`} tabIndex={-1}>
            {habit.name}
          </h4>
          {removed?.habitId === habit.habitId && (
            <UndoNotice
              what={removed.what}
              onDone={forget}
              onUndo={() =>
                void removed.undo().then(() => {
                  setRemoved(null);
                  document.getElementById(`nudge-habit-${habit.habitId}`)?.focus();
                })
              }
            />
          )}
          {habit.rules.length === 0 ? (
            <p class="muted">{t('nudgeRulesEmpty')}</p>
          ) : (
            <ul class="entries" aria-labelledby={`nudge-habit-${habit.habitId}`}>
              {habit.rules.map((rule) => (
                <RuleRow
                  // A rule's identity is its place: the row keeps its fields (and focus) across the saves
                  // made while typing, and starts afresh when rules are added or removed.
                  key={`${rule.index}:${rule.kind}:${habit.rules.length}`}
                  habitId={habit.habitId}
                  rule={rule}
                  saved={savedRule === `${habit.habitId}:${rule.index}`}
                  onEdit={() => setSavedRule(null)}
                  weekdays={weekdays}
                  onSave={async (draft) => {
                    const problem = await onSaveRule(habit.habitId, rule.index, draft);
                    setSavedRule(problem ? null : `${habit.habitId}:${rule.index}`);
                    return problem;
                  }}
                  onRemove={() => void remove(habit.habitId, rule.index, t('nudgeRuleRemoved', rule.label))}
                />
              ))}
            </ul>
          )}
          <p class="row">
            <button type="button" onClick={() => onAddRule(habit.habitId, 'clock')} aria-label={t('nudgeRuleNamed', t('nudgeRuleAddTime'), habit.name)}>
              {t('nudgeRuleAddTime')}
            </button>
            {habit.canAddBreaks && (
              <button type="button" onClick={() => onAddRule(habit.habitId, 'interval')}>
                {t('nudgeRuleAddBreaks')}
              </button>
            )}
          </p>
        </div>
      ))}
    </section>
  );
}
