import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { usePendingSave, type PendingSave } from '@/hooks/usePendingSave';
import { t } from '@/utils/catalogue';
import { LIGHT_PRESETS } from '@/utils/habits/names';
import type { HabitChoice } from '@/utils/habits/onboarding';
import { IDLE, SaveStatusText, statusOf, type SaveStatus } from './SaveStatus';

interface Props {
  initial: HabitChoice[];
  /** Saves the ticks and times; returns the error to show, or null. */
  onSave: (choices: HabitChoice[]) => Promise<string | null>;
  /** The bedtime the wind-down nudge counts back from, asked once wind-down is ticked. */
  bedtime: string;
  onBedtime: (value: string) => Promise<string | null>;
  /** Set to "save the ticks as they are" (the clinic's suggestions included): onboarding's Next. */
  flushRef?: RefObject<PendingSave | null>;
}

/** First run: the suggested habits to tick, with their nudge times; each change saves at once. */
export function HabitPicker({ initial, onSave, bedtime, onBedtime, flushRef }: Props) {
  const [choices, setChoices] = useState(initial);
  const [status, setStatus] = useState<SaveStatus>(IDLE);
  const [bed, setBed] = useState({ value: bedtime, status: IDLE });
  const save = async (next: HabitChoice[]) => {
    const error = await onSave(next);
    setStatus(statusOf(error));
    return error === null;
  };
  const set = (index: number, patch: Partial<HabitChoice>) => {
    const next = choices.map((c, i) => (i === index ? { ...c, ...patch } : c));
    setChoices(next);
    setStatus(IDLE);
    void save(next);
  };
  usePendingSave(flushRef, () => save(choices));
  const windDown = choices.some((c) => c.id === 'wind-down' && c.ticked);

  return (
    <div class="stack">
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
      <SaveStatusText id="habit-picker-error" status={status} />
      {windDown && (
        <div class="field">
          <label for="onboarding-bedtime">{t('onboardingBedtimeLabel')}</label>
          <input
            id="onboarding-bedtime"
            type="time"
            value={bed.value}
            aria-invalid={bed.status.kind === 'error' ? 'true' : 'false'}
            aria-describedby={bed.status.kind === 'error' ? 'onboarding-bedtime-error' : undefined}
            onInput={(e) => {
              const value = e.currentTarget.value;
              setBed({ value, status: IDLE });
              void onBedtime(value).then((error) => setBed({ value, status: statusOf(error) }));
            }}
          />{' '}
          <SaveStatusText id="onboarding-bedtime-error" status={bed.status} />
        </div>
      )}
    </div>
  );
}
