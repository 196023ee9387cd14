import { useState } from 'preact/hooks';
import { useLeaveWarning } from '@/hooks/useLeaveWarning';
import { t } from '@/utils/catalogue';
import type { CustomHabitInput } from '@/utils/habits/edits';
import { GOAL_TIMES_LIMITS } from '@/utils/habits/record';

const BLANK: CustomHabitInput = { name: '', direction: 'build', per: 'week', times: '3' };

/** Adds the patient's own habit: one to build or one to stop, with its goal. */
export function CustomHabitForm({ onAdd }: { onAdd: (input: CustomHabitInput) => Promise<{ field: string; error: string } | null> }) {
  const [input, setInput] = useState(BLANK);
  const [problem, setProblem] = useState<{ field: string; error: string } | null>(null);
  // A habit typed but not added is not dropped without a word (issue 16).
  useLeaveWarning(input.name.trim() !== '');

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = await onAdd(input);
    setProblem(result);
    if (!result) setInput(BLANK);
  };
  const invalid = (field: string) => (problem?.field === field ? 'true' : 'false');
  const describedBy = (field: string) => (problem?.field === field ? 'custom-error' : undefined);

  return (
    <form class="entry-form" onSubmit={submit} noValidate>
      <div class="field">
        <label for="custom-name">{t('habitNameLabel')}</label>
        <input
          id="custom-name"
          type="text"
          maxLength={120}
          value={input.name}
          aria-invalid={invalid('name')}
          aria-describedby={describedBy('name')}
          onInput={(e) => setInput({ ...input, name: e.currentTarget.value })}
        />
      </div>
      <fieldset class="field">
        <legend>{t('directionLegend')}</legend>
        {(['build', 'stop'] as const).map((direction) => (
          <label key={direction}>
            <input
              type="radio"
              name="custom-direction"
              value={direction}
              checked={input.direction === direction}
              onChange={() => setInput({ ...input, direction })}
            />{' '}
            {t(direction === 'build' ? 'directionBuild' : 'directionStop')}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="custom-per">{t('goalHowOften')}</label>
        <select id="custom-per" value={input.per} onChange={(e) => setInput({ ...input, per: e.currentTarget.value as 'day' | 'week' })}>
          <option value="day">{t('goalDaily')}</option>
          <option value="week">{t('goalWeekly')}</option>
        </select>
      </div>
      {input.per === 'week' && (
        <div class="field">
          <label for="custom-times">{t('goalWeekly')}</label>
          <input
            id="custom-times"
            type="number"
            inputMode="numeric"
            min={GOAL_TIMES_LIMITS.min}
            max={GOAL_TIMES_LIMITS.max}
            step={1}
            value={input.times}
            aria-invalid={invalid('times')}
            aria-describedby={describedBy('times')}
            onInput={(e) => setInput({ ...input, times: e.currentTarget.value })}
          />
        </div>
      )}
      <button type="submit" class="primary">
        {t('addHabit')}
      </button>
      {problem && (
        <p id="custom-error" class="error" role="alert">
          {problem.error}
        </p>
      )}
    </form>
  );
}
