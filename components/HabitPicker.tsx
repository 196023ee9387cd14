import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import { LIGHT_PRESETS } from '@/utils/habits/names';
import type { HabitChoice } from '@/utils/habits/onboarding';

interface Props {
  initial: HabitChoice[];
  /** Saves the ticks and times; returns the error to show, or null. */
  onSave: (choices: HabitChoice[]) => Promise<string | null>;
}

/** First run: the suggested habits to tick, with their nudge times. */
export function HabitPicker({ initial, onSave }: Props) {
  const [choices, setChoices] = useState(initial);
  const [status, setStatus] = useState<{ error: string | null; saved: boolean }>({ error: null, saved: false });
  const set = (index: number, patch: Partial<HabitChoice>) => {
    setChoices(choices.map((c, i) => (i === index ? { ...c, ...patch } : c)));
    setStatus({ error: null, saved: false });
  };

  return (
    <form
      class="stack"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSave(choices).then((error) => setStatus({ error, saved: error === null }));
      }}
    >
      <fieldset class="stack habit-settings">
        <legend>{t('habitPresetsLegend')}</legend>
        {choices.map((c, i) => (
          <div key={c.id} class="habit-setting">
            <label>
              <input type="checkbox" checked={c.ticked} onChange={(e) => set(i, { ticked: e.currentTarget.checked })} />
              {c.name}
            </label>
            {c.ticked && c.time !== null && (
              <div class="field habit-controls">
                <label for={`habit-${c.id}-time`}>{t('clinicPresetTimeLabel', c.name)}</label>
                <input id={`habit-${c.id}-time`} type="time" value={c.time} onInput={(e) => set(i, { time: e.currentTarget.value })} />
              </div>
            )}
            {c.ticked && LIGHT_PRESETS.includes(c.id) && <p class="muted small">{t('guidanceLightCaution')}</p>}
          </div>
        ))}
      </fieldset>
      <p class="row">
        <button type="submit" class="primary">
          {t('onboardingHabitsSave')}
        </button>
      </p>
      {status.error && (
        <p class="error" role="alert">
          {status.error}
        </p>
      )}
      {status.saved && <p role="status">{t('saved')}</p>}
    </form>
  );
}
