import { t } from '@/utils/catalogue';
import type { ClinicDraft, DraftErrors } from '@/utils/clinic/draft';
import type { StageRow } from '@/utils/clinic/draftStages';
import { STAGE_FIELDS, addStageRow, draftSchedule, removeStageRow, tickStages } from '@/utils/clinic/draftStages';
import { DEFAULT_MEASURE_SETTINGS, MEASURE_INTERVAL_LIMITS, MEASURE_INTERVALS } from '@/utils/measures/settings';
import { MAX_STAGES } from '@/utils/treatment/record';
import { scheduleLines } from '@/utils/treatment/schedule';
import { Field } from './ClinicBuilderField';

interface Props {
  draft: ClinicDraft;
  /** Errors to show now (for fields already touched). */
  errors: DraftErrors;
  onChange: (draft: ClinicDraft) => void;
  onTouch: (field: string) => void;
}

// The options page's words for a stage (components/StagesForm.tsx), so its sentences read the same.
const STAGE_LABELS = { weeks: 'stageWeeks', times: 'stageTimes', everyWeeks: 'stageEveryWeeks' } as const;
const MEASURE_LABELS = { inductionEveryDays: 'inductionEverySetting', maintenanceEveryDays: 'maintenanceEverySetting' } as const;

/**
 * The stages after the series, under the protocol numbers: off unless ticked; ticked, the
 * chosen kind's stages as rows to edit, add and remove, and the whole schedule in words.
 */
export function BuilderStages({ draft, errors, onChange, onTouch }: Props) {
  const setRows = (stages: StageRow[]) => onChange({ ...draft, stages });
  const setField = (index: number, key: keyof StageRow, value: string) =>
    setRows(draft.stages.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const schedule = draftSchedule(draft);
  return (
    <div class="stack">
      <label class="check">
        <input type="checkbox" checked={draft.stagesOn} aria-describedby="builder-stages-hint" onChange={(e) => onChange(tickStages(draft, e.currentTarget.checked))} />
        {t('clinicStagesTick')}
      </label>
      <span id="builder-stages-hint" class="muted small">
        {t('clinicStagesTickHint')}
      </span>
      {draft.stagesOn && (
        <>
          {draft.stages.length === 0 && <p class="muted">{t('clinicStagesEmpty')}</p>}
          {draft.stages.map((row, index) => (
            <fieldset key={index} class="stage stack">
              <legend>{t('stageLegend', index + 2)}</legend>
              {STAGE_FIELDS.map((key) => (
                <Field
                  key={key}
                  id={`builder-stage-${index}-${key}`}
                  label={t(STAGE_LABELS[key])}
                  type="number"
                  value={row[key]}
                  error={errors[`stage-${index}-${key}`]}
                  onInput={(value) => setField(index, key, value)}
                  onBlur={() => onTouch(`stage-${index}-${key}`)}
                />
              ))}
              <p>
                <button type="button" onClick={() => setRows(removeStageRow(draft.stages, index))}>
                  {t('stageRemove', index + 2)}
                </button>
              </p>
            </fieldset>
          ))}
          {draft.stages.length < MAX_STAGES && (
            <p>
              <button type="button" onClick={() => setRows(addStageRow(draft.stages))}>
                {t('stageAdd')}
              </button>
            </p>
          )}
          {errors.stages && (
            <p class="error" role="alert">
              {errors.stages}
            </p>
          )}
          {schedule && (
            <div>
              <p id="builder-schedule-heading" class="muted small">
                {t('clinicScheduleHeading')}
              </p>
              <ul data-testid="builder-schedule" aria-labelledby="builder-schedule-heading">
                {scheduleLines(schedule).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </div>
  );
}

/** How often the PHQ-9 and GAD-7 come (issue 11): each optional, 7–28 days. */
export function BuilderMeasures({ draft, errors, onChange, onTouch }: Props) {
  const { min, max } = MEASURE_INTERVAL_LIMITS;
  return (
    <fieldset class="stack">
      <legend>{t('clinicMeasuresLegend')}</legend>
      <p class="muted small">{t('clinicMeasuresIntro')}</p>
      {MEASURE_INTERVALS.map((key) => (
        <Field
          key={key}
          id={`builder-measures-${key}`}
          label={t(MEASURE_LABELS[key])}
          type="number"
          value={draft.measures[key]}
          error={errors[`measures-${key}`]}
          hint={`${t('clinicProtocolIntro', t('clinicEveryDays', DEFAULT_MEASURE_SETTINGS[key]))} ${t('clinicErrorRange', min, max)}`}
          onInput={(value) => onChange({ ...draft, measures: { ...draft.measures, [key]: value } })}
          onBlur={() => onTouch(`measures-${key}`)}
        />
      ))}
    </fieldset>
  );
}
