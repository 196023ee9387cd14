import { t } from '@/utils/catalogue';
import type { DayKey } from '@/utils/time/dayKey';
import type { CustomHabitInput } from '@/utils/habits/edits';
import type { PresetId } from '@/utils/habits/record';
import type { BackfillView, CheckinChoice, HabitSettingsView } from '@/utils/habits/settingsView';
import { BackfillTable } from './BackfillTable';
import { CustomHabitForm } from './CustomHabitForm';
import type { HabitRowActions } from './HabitControls';
import { HabitControls } from './HabitControls';
import { UndoNotice } from './UndoNotice';

export interface HabitSettingsActions extends HabitRowActions {
  /** Switches a preset on, or off (archived, history kept). */
  onPreset: (preset: PresetId, on: boolean) => Promise<string | null>;
  onAdd: (input: CustomHabitInput) => Promise<{ field: string; error: string } | null>;
  onRestore: (id: string) => Promise<string | null>;
  onBackfill: (day: DayKey, habitId: string, value: CheckinChoice) => Promise<string | null>;
  onWeekStart: (value: '' | '0' | '1' | '6') => void;
}

interface Props extends HabitSettingsActions {
  view: HabitSettingsView;
  backfill: BackfillView;
  /** The last refusal of a switch or a restore. */
  error: string | null;
  /** A habit just archived, with its Undo (issue 16). */
  undo?: { what: string; onUndo: () => void; onDone: () => void } | null;
}

/** The options page's habits: presets, the patient's own, archived ones, backfill, week start. */
export function HabitSettings({ view, backfill, error, undo, ...actions }: Props) {
  const rowActions: HabitRowActions = actions;
  return (
    <section aria-labelledby="habits-heading" class="stack habit-settings">
      <h2 id="habits-heading">{t('habitsHeading')}</h2>
      <p class="muted">{t('habitsIntro')}</p>
      {undo && <UndoNotice what={undo.what} said={{ text: t('habitArchivedUndo', undo.what), button: t('habitUndoArchive', undo.what) }} onUndo={undo.onUndo} onDone={undo.onDone} />}
      <fieldset>
        <legend>{t('habitPresetsLegend')}</legend>
        {view.presets.map((p) => (
          <div key={p.preset} class="habit-setting">
            <label>
              <input type="checkbox" checked={p.on} onChange={(e) => void actions.onPreset(p.preset, e.currentTarget.checked)} />
              {p.label}
            </label>
            {p.lightCaution && p.on && <p class="muted small">{t('guidanceLightCaution')}</p>}
            {p.habit && <HabitControls row={p.habit} activityChoices={view.activityChoices} {...rowActions} />}
          </div>
        ))}
      </fieldset>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}

      <h3>{t('habitsCustomHeading')}</h3>
      {view.custom.length === 0 && <p class="muted">{t('habitsCustomNone')}</p>}
      {view.custom.map((row) => (
        <div key={row.id} class="habit-setting">
          <strong>{row.name}</strong>
          <HabitControls row={row} activityChoices={view.activityChoices} {...rowActions} />
        </div>
      ))}
      <CustomHabitForm onAdd={actions.onAdd} />

      {view.archived.length > 0 && (
        <>
          <h3>{t('habitsArchivedHeading')}</h3>
          <ul class="entries">
            {view.archived.map((a) => (
              <li key={a.id}>
                <span>{a.name}</span>
                <button type="button" onClick={() => void actions.onRestore(a.id)} aria-label={t('habitAction', t('habitRestore'), a.name)}>
                  {t('habitRestore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}

      <BackfillTable view={backfill} onSet={actions.onBackfill} />

      <div class="field">
        <label for="week-start">{t('habitWeekStartLabel')}</label>
        <select id="week-start" value={view.weekStart.value} onChange={(e) => actions.onWeekStart(e.currentTarget.value as '' | '0' | '1' | '6')}>
          {view.weekStart.choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    </section>
  );
}
