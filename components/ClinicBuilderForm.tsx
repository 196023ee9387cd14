import { t } from '@/utils/catalogue';
import type { ClinicDraft, DraftErrors, PresetDraft } from '@/utils/clinic/draft';
import { PRESET_IDS, isWeekly, nudgeField, presetFieldDefaults } from '@/utils/clinic/draft';
import { CLINIC_LIMITS } from '@/utils/clinic/profile';
import { protocolDefault } from '@/utils/clinic/summary';
import type { PresetId } from '@/utils/habits/record';
import { PRESET_NAMES } from '@/utils/habits/names';
import type { ProtocolNumber, TreatmentKind } from '@/utils/treatment/record';
import { PROTOCOL_LIMITS, TREATMENT_KINDS } from '@/utils/treatment/record';
import { TREATMENT_KIND_NAMES } from '@/utils/treatment/entryRows';
import { PROTOCOL_LABELS } from '@/utils/treatment/edits';
import { chooseKind } from '@/utils/clinic/draftStages';
import { Field } from './ClinicBuilderField';
import { BuilderMeasures, BuilderStages } from './ClinicBuilderSchedule';

interface Props {
  draft: ClinicDraft;
  /** Errors to show now (for fields already touched). */
  errors: DraftErrors;
  onChange: (draft: ClinicDraft) => void;
  onTouch: (field: string) => void;
}

const PROTOCOL_KEYS = Object.keys(PROTOCOL_LIMITS) as Array<ProtocolNumber>;

/** The builder's labels: the options page's, except where its hint would say the wrong thing here. */
const PROTOCOL_FIELD_LABELS = { ...PROTOCOL_LABELS, boosterIntervalWeeks: 'clinicBuilderBoosterLabel' } as const;

const NUDGE_LABEL = { time: 'clinicPresetTimeLabel', 'before-bedtime': 'clinicPresetBeforeLabel', interval: 'clinicPresetEveryLabel' } as const;

/** The link builder's fields: the clinic, the protocol (with its stages), the questionnaires, and the habits it suggests. */
export function ClinicBuilderForm({ draft, errors, onChange, onTouch }: Props) {
  const text = (key: 'name' | 'phone' | 'website' | 'welcome' | 'landing') => ({
    id: `clinic-${key}`,
    value: draft[key],
    error: errors[key],
    onInput: (value: string) => onChange({ ...draft, [key]: value }),
    onBlur: () => onTouch(key),
  });
  const setPreset = (id: PresetId, patch: Partial<PresetDraft>) =>
    onChange({ ...draft, presets: { ...draft.presets, [id]: { ...draft.presets[id], ...patch } } });
  // A ticked habit's fields show the preset's values, and an emptied one gets them back when
  // left, so no field is blank while the preview names a value.
  const tick = (id: PresetId, on: boolean) => {
    const entry = draft.presets[id];
    const defaults = presetFieldDefaults(id);
    setPreset(id, on ? { on, times: entry.times || defaults.times, nudge: entry.nudge || defaults.nudge } : { on });
  };
  const leave = (id: PresetId, field: 'times' | 'nudge') => {
    if (draft.presets[id][field].trim() === '') setPreset(id, { [field]: presetFieldDefaults(id)[field] });
    onTouch(`preset-${id}-${field}`);
  };

  return (
    <form class="stack" noValidate onSubmit={(e) => e.preventDefault()}>
      <fieldset class="stack">
        <legend>{t('clinicDetailsLegend')}</legend>
        <Field {...text('name')} label={t('clinicNameLabel')} />
        <Field {...text('phone')} label={t('clinicPhoneLabel')} type="tel" />
        <Field {...text('website')} label={t('clinicWebsiteLabel')} type="url" hint={t('clinicWebsiteHint')} placeholder="https://" />
        <Field {...text('welcome')} label={t('clinicWelcomeLabel')} multiline hint={t('clinicWelcomeHint', CLINIC_LIMITS.welcome)} />
        <Field {...text('landing')} label={t('clinicLandingLabel')} type="url" hint={t('clinicLandingHint')} placeholder="https://" />
        <label class="check">
          <input type="checkbox" checked={draft.ownPage} onChange={(e) => onChange({ ...draft, ownPage: e.currentTarget.checked })} />
          {t('clinicOwnPageLabel')}
        </label>
      </fieldset>

      <fieldset class="stack">
        <legend>{t('clinicProtocolHeading')}</legend>
        <div class="field">
          <label for="builder-protocol-kind">{t('treatmentKindLabel')}</label>
          <select
            id="builder-protocol-kind"
            value={draft.kind}
            aria-describedby="builder-protocol-kind-hint"
            onChange={(e) => onChange(chooseKind(draft, e.currentTarget.value as TreatmentKind | ''))}
          >
            <option value="">{t('clinicKindNotSet')}</option>
            {TREATMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(TREATMENT_KIND_NAMES[k])}
              </option>
            ))}
          </select>
          <span id="builder-protocol-kind-hint" class="muted small">
            {t('clinicKindHint')}
          </span>
        </div>
        {PROTOCOL_KEYS.map((key) => {
          const id = `protocol-${key}`;
          const { min, max } = PROTOCOL_LIMITS[key];
          return (
            <Field
              key={key}
              id={`builder-${id}`}
              label={t(PROTOCOL_FIELD_LABELS[key])}
              type="number"
              value={draft.protocol[key]}
              error={errors[id]}
              hint={`${t('clinicProtocolIntro', protocolDefault(key))} ${t('clinicErrorRange', min, max)}`}
              onInput={(value) => onChange({ ...draft, protocol: { ...draft.protocol, [key]: value } })}
              onBlur={() => onTouch(id)}
            />
          );
        })}
        <BuilderStages draft={draft} errors={errors} onChange={onChange} onTouch={onTouch} />
      </fieldset>

      <BuilderMeasures draft={draft} errors={errors} onChange={onChange} onTouch={onTouch} />

      <fieldset class="stack">
        <legend>{t('clinicHabitsHeading')}</legend>
        {PRESET_IDS.map((id) => {
          const name = t(PRESET_NAMES[id]);
          const entry = draft.presets[id];
          const nudge = nudgeField(id);
          return (
            <div key={id} class="preset stack">
              <label class="row">
                <input type="checkbox" checked={entry.on} onChange={(e) => tick(id, e.currentTarget.checked)} />
                {name}
              </label>
              {entry.on && (
                <>
                  {isWeekly(id) && (
                    <Field
                      id={`preset-${id}-times`}
                      label={t('clinicPresetGoalLabel', name)}
                      type="number"
                      value={entry.times}
                      error={errors[`preset-${id}-times`]}
                      onInput={(times) => setPreset(id, { times })}
                      onBlur={() => leave(id, 'times')}
                    />
                  )}
                  {nudge && (
                    <Field
                      id={`preset-${id}-nudge`}
                      label={t(NUDGE_LABEL[nudge], name)}
                      type={nudge === 'time' ? 'time' : 'number'}
                      value={entry.nudge}
                      error={errors[`preset-${id}-nudge`]}
                      onInput={(value) => setPreset(id, { nudge: value })}
                      onBlur={() => leave(id, 'nudge')}
                    />
                  )}
                  <Field
                    id={`preset-${id}-texts`}
                    label={t('clinicPresetTextsLabel', name)}
                    multiline
                    value={entry.texts}
                    error={errors[`preset-${id}-texts`]}
                    onInput={(texts) => setPreset(id, { texts })}
                    onBlur={() => onTouch(`preset-${id}-texts`)}
                  />
                </>
              )}
            </div>
          );
        })}
      </fieldset>
    </form>
  );
}
