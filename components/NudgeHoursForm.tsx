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

/**
 * Working days and hours, quiet hours and bedtime: checked as a whole on every change and saved
 * as soon as all is well, with "Saved" beside the field changed; nothing is saved while a field
 * is wrong (issue 16: no Save button to forget before closing the tab).
 */
export function NudgeHoursForm({ initial, weekdays, onSave }: Props) {
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<SaveProblem>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const errorId = 'nudge-hours-error';
  const invalid = (field: string) => problem?.field === field;
  const set = async (change: Partial<HoursDraft>) => {
    const next = { ...draft, ...change };
    setDraft(next);
    setSaved(null);
    const result = await onSave(next);
    setProblem(result);
    setSaved(result === null ? Object.keys(change)[0]! : null);
  };
  const savedNote = (field: string) =>
    saved === field && (
      <span role="status" class="saved small">
        {t('nudgeSaved')}
      </span>
    );

  return (
    <form class="stack" onSubmit={(e) => e.preventDefault()} noValidate aria-labelledby="nudge-hours-legend">
      <h3 id="nudge-hours-legend">{t('nudgeHoursLegend')}</h3>
      <WeekdayChecks
        id="nudge-working-day"
        legend={t('nudgeWorkingDays')}
        options={weekdays}
        value={draft.workingDays}
        invalid={invalid('workingDays')}
        describedBy={invalid('workingDays') ? errorId : undefined}
        onChange={(workingDays) => void set({ workingDays })}
      />
      {savedNote('workingDays')}
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
              onInput={(e) => void set({ [field]: e.currentTarget.value })}
            />{' '}
            {savedNote(field)}
            {hint && (
              <span id={`nudge-${field}-hint`} class="muted small">
                {t(hint)}
              </span>
            )}
          </div>
        ))}
      </div>
      {problem && (
        <p id={errorId} class="error" role="alert">
          {problem.error}
        </p>
      )}
    </form>
  );
}
