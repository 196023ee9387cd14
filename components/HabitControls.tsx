import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import { GOAL_TIMES_LIMITS } from '@/utils/habits/record';
import type { HabitSettingsRow, HabitSettingsView } from '@/utils/habits/settingsView';

/** Each action returns the sentence to show next to the field, or null when it is done. */
export interface HabitRowActions {
  onSetGoal: (id: string, per: 'day' | 'week', times: string) => Promise<string | null>;
  onSetActivity: (id: string, value: string) => Promise<string | null>;
  onRename: (id: string, name: string) => Promise<string | null>;
  onPause: (id: string) => void;
  onResume: (id: string) => void;
  onArchive: (id: string) => void;
}

interface Props extends HabitRowActions {
  row: HabitSettingsRow;
  activityChoices: HabitSettingsView['activityChoices'];
}

type Field = 'goal' | 'activity' | 'name';

/**
 * One habit's goal, movement kind, name (own habits), and pause, resume or archive. Each field
 * saves as soon as it holds a valid value, with "Saved" beside it (issue 16); a typed value
 * stays in the field until it is left, so a save does not move the text under the cursor.
 */
export function HabitControls({ row, activityChoices, ...actions }: Props) {
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [times, setTimes] = useState<string | null>(null);
  const [own, setOwn] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [ownChosen, setOwnChosen] = useState(false);
  const [saved, setSaved] = useState<Field | null>(null);
  const id = `habit-${row.id}`;

  const report = async (field: Field, pending: Promise<string | null>, clear: () => void = () => {}) => {
    setSaved(null);
    const error = await pending;
    setErrors((e) => ({ ...e, [field]: error ?? undefined }));
    setSaved(error ? null : field);
    if (!error) clear();
  };
  const typeTimes = (value: string) => (setTimes(value), void report('goal', actions.onSetGoal(row.id, 'week', value)));
  const typeOwn = (value: string) => (setOwn(value), void report('activity', actions.onSetActivity(row.id, value)));
  const typeName = (value: string) => (setName(value), void report('name', actions.onRename(row.id, value)));
  // Leaving a field shows what is stored again, unless what was typed was refused.
  const leave = (field: Field, clear: () => void) => !errors[field] && clear();
  const savedNote = (field: Field) =>
    saved === field && (
      <span class="saved small" role="status">
        {t('savedShort')}
      </span>
    );
  const described = (field: Field, hint?: string) =>
    [hint, errors[field] && `${id}-${field}-error`].filter(Boolean).join(' ') || undefined;
  const error = (field: Field) =>
    errors[field] && (
      <p id={`${id}-${field}-error`} class="error" role="alert">
        {errors[field]}
      </p>
    );
  const activityChoice = ownChosen ? 'own' : row.activity?.choice;

  return (
    <div class="stack">
      {row.paused && <p class="muted small">{t('habitPausedNote')}</p>}
      <div class="habit-controls">
        {row.custom && (
          <div class="field">
            <label for={`${id}-name`}>{t('habitRenameLabel', row.name)}</label>
            <input
              id={`${id}-name`}
              type="text"
              maxLength={120}
              value={name ?? row.name}
              aria-invalid={errors.name ? 'true' : 'false'}
              aria-describedby={described('name')}
              onInput={(e) => typeName(e.currentTarget.value)}
              onBlur={() => leave('name', () => setName(null))}
            />{' '}
            {savedNote('name')}
          </div>
        )}
        <div class="field">
          <label for={`${id}-per`}>{t('goalPerLabel', row.name)}</label>
          <select
            id={`${id}-per`}
            value={row.per}
            onChange={(e) => {
              const per = e.currentTarget.value as 'day' | 'week';
              void report('goal', actions.onSetGoal(row.id, per, times ?? String(row.times)), () => setTimes(null));
            }}
          >
            <option value="day">{t('goalDaily')}</option>
            <option value="week">{t('goalWeekly')}</option>
          </select>
        </div>
        {row.per === 'week' && (
          <div class="field">
            <label for={`${id}-times`}>{t('goalTimesLabel', row.name)}</label>
            <input
              id={`${id}-times`}
              type="number"
              inputMode="numeric"
              min={GOAL_TIMES_LIMITS.min}
              max={GOAL_TIMES_LIMITS.max}
              step={1}
              value={times ?? String(row.times)}
              aria-invalid={errors.goal ? 'true' : 'false'}
              aria-describedby={described('goal', `${id}-times-hint`)}
              onInput={(e) => typeTimes(e.currentTarget.value)}
              onBlur={() => leave('goal', () => setTimes(null))}
            />{' '}
            {savedNote('goal')}
            <span id={`${id}-times-hint`} class="muted small">
              {t('goalTimesHint', GOAL_TIMES_LIMITS.min, GOAL_TIMES_LIMITS.max)}
            </span>
          </div>
        )}
        {row.activity && (
          <div class="field">
            <label for={`${id}-activity`}>{t('activityLabel', row.name)}</label>
            <select
              id={`${id}-activity`}
              value={activityChoice}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setOwnChosen(value === 'own');
                if (value !== 'own') void report('activity', actions.onSetActivity(row.id, value), () => setOwn(null));
              }}
            >
              <option value="" />
              {activityChoices.map((c) => (
                <option key={c.value} value={c.value}>
                  {c.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {activityChoice === 'own' && (
          <div class="field">
            <label for={`${id}-own`}>{t('activityOwnLabel', row.name)}</label>
            <input
              id={`${id}-own`}
              type="text"
              value={own ?? row.activity?.own ?? ''}
              aria-invalid={errors.activity ? 'true' : 'false'}
              aria-describedby={described('activity')}
              onInput={(e) => typeOwn(e.currentTarget.value)}
              onBlur={() => leave('activity', () => setOwn(null))}
            />{' '}
            {savedNote('activity')}
          </div>
        )}
        <p class="row">
          {row.paused ? (
            <button type="button" onClick={() => actions.onResume(row.id)} aria-label={t('habitAction', t('habitResume'), row.name)}>
              {t('habitResume')}
            </button>
          ) : (
            <button type="button" onClick={() => actions.onPause(row.id)} aria-label={t('habitAction', t('habitPause'), row.name)}>
              {t('habitPause')}
            </button>
          )}
          {row.custom && (
            <button type="button" onClick={() => actions.onArchive(row.id)} aria-label={t('habitAction', t('habitArchive'), row.name)}>
              {t('habitArchive')}
            </button>
          )}
        </p>
      </div>
      {error('name')}
      {error('goal')}
      {error('activity')}
    </div>
  );
}
