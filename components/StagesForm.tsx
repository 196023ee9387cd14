import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { Protocol, Stage } from '@/utils/treatment/record';
import { MAX_STAGES, STAGE_LIMITS } from '@/utils/treatment/record';
import { scheduleLines } from '@/utils/treatment/schedule';
import { IDLE, SaveStatusText, statusOf, type SaveStatus } from './SaveStatus';

const FIELDS: Array<keyof Stage> = ['weeks', 'times', 'everyWeeks'];
const LABELS = { weeks: 'stageWeeks', times: 'stageTimes', everyWeeks: 'stageEveryWeeks' } as const;

interface Props {
  protocol: Protocol;
  /** Sets one number of one stage from its text; returns the error to show, or null. */
  onSet: (index: number, key: keyof Stage, raw: string) => Promise<string | null>;
  onAdd: () => Promise<string | null>;
  onRemove: (index: number) => void;
}

/**
 * The schedule after the induction series, stage by stage. Each number saves as soon as it is
 * valid and says "Saved", like the protocol's (issue 16: closing the tab loses nothing).
 */
export function StagesForm({ protocol, onSet, onAdd, onRemove }: Props) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [statuses, setStatuses] = useState<Record<string, SaveStatus>>({});
  const [addError, setAddError] = useState<string | null>(null);
  const change = async (index: number, key: keyof Stage, raw: string) => {
    const id = `stage-${index}-${key}`;
    setDrafts((d) => ({ ...d, [id]: raw }));
    setStatuses({});
    setStatuses({ [id]: statusOf(await onSet(index, key, raw)) });
  };
  // Leaving a saved field shows the stored value again; a wrong one stays as typed, with its message.
  const leave = (id: string) => {
    if (statuses[id]?.kind !== 'error') setDrafts(({ [id]: _, ...rest }) => rest);
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
            const status = statuses[id] ?? IDLE;
            const error = status.kind === 'error';
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
                  onInput={(e) => void change(index, key, e.currentTarget.value)}
                  onBlur={() => leave(id)}
                />
                <SaveStatusText id={`${id}-error`} status={status} />
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
          <button type="button" onClick={() => void onAdd().then(setAddError)}>
            {t('stageAdd')}
          </button>
        </p>
      )}
      {addError && (
        <p class="error" role="alert">
          {addError}
        </p>
      )}
    </section>
  );
}
