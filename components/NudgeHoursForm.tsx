import { useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/catalogue';
import type { Weekday } from '@/utils/habits/record';
import type { HoursDraft } from '@/utils/nudges/edits';
import { WeekdayChecks } from './WeekdayChecks';

export type SaveProblem = { field: string; error: string } | null;

interface Props {
  initial: HoursDraft;
  weekdays: Array<{ value: Weekday; label: string }>;
  /** Saves the form; returns the field and sentence to show, or null when saved. */
  onSave: (draft: HoursDraft) => Promise<SaveProblem>;
}

const TIMES: Array<[keyof HoursDraft & string, MessageKey, MessageKey?]> = [
  ['workStart', 'nudgeWorkingStart'],
  ['workEnd', 'nudgeWorkingEnd', 'nudgeWorkingHint'],
  ['quietStart', 'nudgeQuietStart'],
  ['quietEnd', 'nudgeQuietEnd', 'nudgeQuietHint'],
  ['bedtime', 'nudgeBedtime'],
];

/** Working days and hours, quiet hours and bedtime: checked as a whole, saved only if all is well. */
export function NudgeHoursForm({ initial, weekdays, onSave }: Props) {
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<SaveProblem>(null);
  const [saved, setSaved] = useState(false);
  const set = (change: Partial<HoursDraft>) => (setDraft({ ...draft, ...change }), setSaved(false));
  const errorId = 'nudge-hours-error';
  const invalid = (field: string) => problem?.field === field;

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await onSave(draft);
    setProblem(result);
    setSaved(result === null);
  };

  return (
    <form class="stack" onSubmit={submit} noValidate aria-labelledby="nudge-hours-legend">
      <h3 id="nudge-hours-legend">{t('nudgeHoursLegend')}</h3>
      <WeekdayChecks
        id="nudge-working-day"
        legend={t('nudgeWorkingDays')}
        options={weekdays}
        value={draft.workingDays}
        invalid={invalid('workingDays')}
        describedBy={invalid('workingDays') ? errorId : undefined}
        onChange={(workingDays) => set({ workingDays })}
      />
      <div class="nudge-times">
        {TIMES.map(([field, label, hint]) => (
          <div class="field" key={field}>
            <label for={`nudge-${field}`}>{t(label)}</label>
            <input
              id={`nudge-${field}`}
              type="time"
              value={draft[field] as string}
              aria-invalid={invalid(field) ? 'true' : 'false'}
              aria-describedby={[hint && `nudge-${field}-hint`, invalid(field) && errorId].filter(Boolean).join(' ') || undefined}
              onInput={(e) => set({ [field]: e.currentTarget.value })}
            />
            {hint && (
              <span id={`nudge-${field}-hint`} class="muted small">
                {t(hint)}
              </span>
            )}
          </div>
        ))}
      </div>
      <p class="row">
        <button type="submit" class="primary">
          {t('nudgeSaveHours')}
        </button>
        {saved && <span role="status">{t('nudgeSaved')}</span>}
      </p>
      {problem && (
        <p id={errorId} class="error" role="alert">
          {problem.error}
        </p>
      )}
    </form>
  );
}
