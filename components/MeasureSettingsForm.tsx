import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { TreatmentKind } from '@/utils/treatment/record';
import { inWordsOf as w } from '@/utils/treatment/words';
import type { MeasureSettings } from '@/utils/measures/settings';
import { DEFAULT_MEASURE_SETTINGS, MEASURE_INTERVAL_LIMITS } from '@/utils/measures/settings';

type IntervalKey = 'inductionEveryDays' | 'maintenanceEveryDays';
const LABELS = { inductionEveryDays: 'inductionEverySetting', maintenanceEveryDays: 'maintenanceEverySetting' } as const;

interface Props {
  settings: MeasureSettings;
  /** The treatment kind, for the words of the prompts' setting (issue 15). */
  kind: TreatmentKind;
  onPrompts: (on: boolean) => void;
  onNudge: (on: boolean) => void;
  /** Sets an interval from its text; resolves to the error to show, or null. */
  onInterval: (key: IntervalKey, raw: string) => Promise<string | null>;
  historyHref: string;
  measuresHref: string;
}

/** Options → Mood and questionnaires: the note prompts, how often the questionnaires come, and the ways to them. */
export function MeasureSettingsForm({ settings, kind, onPrompts, onNudge, onInterval, historyHref, measuresHref }: Props) {
  const [drafts, setDrafts] = useState<Partial<Record<IntervalKey, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<IntervalKey, string>>>({});
  const { min, max } = MEASURE_INTERVAL_LIMITS;

  const commit = async (key: IntervalKey) => {
    const raw = drafts[key];
    if (raw === undefined) return;
    const error = await onInterval(key, raw);
    setErrors({ ...errors, [key]: error ?? undefined });
    if (!error) setDrafts(({ [key]: _, ...rest }) => rest);
  };

  return (
    <section aria-labelledby="measures-settings-heading" class="stack">
      <h2 id="measures-settings-heading">{t('measuresSettingsTitle')}</h2>
      <p class="row">
        <a href={measuresHref}>{t('measuresAnswerNow')}</a>
        <a href={historyHref}>{t('openHistory')}</a>
      </p>
      <label class="row">
        <input type="checkbox" checked={settings.moodPrompts} onChange={(e) => onPrompts(e.currentTarget.checked)} />
        {t(w('moodPromptsSetting', kind))}
      </label>
      <p class="muted small">{t(w('measureScheduleNote', kind))}</p>
      <label class="row">
        <input type="checkbox" checked={settings.nudge} onChange={(e) => onNudge(e.currentTarget.checked)} />
        {t('measuresNudgeSetting')}
      </label>
      {(['inductionEveryDays', 'maintenanceEveryDays'] as const).map((key) => (
        <div class="field" key={key}>
          <label for={`measures-${key}`}>{t(LABELS[key])}</label>
          <input
            id={`measures-${key}`}
            type="number"
            inputMode="numeric"
            min={min}
            max={max}
            step={1}
            value={drafts[key] ?? String(settings[key])}
            aria-invalid={errors[key] ? 'true' : 'false'}
            aria-describedby={`measures-${key}-hint${errors[key] ? ` measures-${key}-error` : ''}`}
            onInput={(e) => setDrafts({ ...drafts, [key]: e.currentTarget.value })}
            onBlur={() => void commit(key)}
            onKeyDown={(e) => e.key === 'Enter' && void commit(key)}
          />
          <span id={`measures-${key}-hint`} class="muted small">
            {t('protocolRange', DEFAULT_MEASURE_SETTINGS[key], min, max)}
          </span>
          {errors[key] && (
            <p id={`measures-${key}-error`} class="error" role="alert">
              {errors[key]}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
