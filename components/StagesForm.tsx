import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { Protocol, Stage } from '@/utils/treatment/record';
import { MAX_STAGES, STAGE_LIMITS } from '@/utils/treatment/record';
import { scheduleLines } from '@/utils/treatment/schedule';

const FIELDS: Array<keyof Stage> = ['weeks', 'times', 'everyWeeks'];
const LABELS = { weeks: 'stageWeeks', times: 'stageTimes', everyWeeks: 'stageEveryWeeks' } as const;

interface Props {
  protocol: Protocol;
  /** Sets one number of one stage from its text; returns the error to show, or null. */
  onSet: (index: number, key: keyof Stage, raw: string) => Promise<string | null>;
  onAdd: () => Promise<string | null>;
  onRemove: (index: number) => void;
}

/** The schedule after the induction series, stage by stage, each number saved when its field is left. */
export function StagesForm({ protocol, onSet, onAdd, onRemove }: Props) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const commit = async (index: number, key: keyof Stage) => {
    const id = `stage-${index}-${key}`;
    const raw = drafts[id];
    if (raw === undefined) return;
    const error = await onSet(index, key, raw);
    setErrors({ ...errors, [id]: error });
    if (!error) setDrafts(({ [id]: _, ...rest }) => rest);
  };
  const { stages } = protocol;
  return (
    <section aria-labelledby="stages-heading" class="stack">
      <h3 id="stages-heading">{t('stagesHeading')}</h3>
      <ul class="schedule" data-testid="schedule">
        {scheduleLines(protocol).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p class="muted">{stages.length === 0 ? t('stagesNone') : t('stagesIntro')}</p>
      {stages.map((stage, index) => (
        <fieldset key={index} class="stage row">
          <legend>{t('stageLegend', index + 2)}</legend>
          {FIELDS.map((key) => {
            const id = `stage-${index}-${key}`;
            const stored = stage[key];
            const error = errors[id];
            return (
              <div class="field" key={key}>
                <label for={id}>{t(LABELS[key])}</label>
                <input
                  id={id}
                  type="number"
                  inputMode="numeric"
                  min={STAGE_LIMITS[key].min}
                  max={STAGE_LIMITS[key].max}
                  step={1}
                  value={drafts[id] ?? (stored === null ? '' : String(stored))}
                  aria-invalid={error ? 'true' : 'false'}
                  aria-describedby={error ? `${id}-error` : undefined}
                  onInput={(e) => setDrafts({ ...drafts, [id]: e.currentTarget.value })}
                  onBlur={() => void commit(index, key)}
                  onKeyDown={(e) => e.key === 'Enter' && void commit(index, key)}
                />
                {error && (
                  <p id={`${id}-error`} class="error" role="alert">
                    {error}
                  </p>
                )}
              </div>
            );
          })}
          <button type="button" onClick={() => onRemove(index)}>
            {t('stageRemove', index + 2)}
          </button>
        </fieldset>
      ))}
      {stages.length < MAX_STAGES && (
        <p>
          <button type="button" onClick={() => void onAdd().then((error) => setErrors({ ...errors, add: error }))}>
            {t('stageAdd')}
          </button>
        </p>
      )}
      {errors.add && (
        <p class="error" role="alert">
          {errors.add}
        </p>
      )}
    </section>
  );
}
