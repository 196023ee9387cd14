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

/** One habit's goal, movement kind, name (own habits), and pause, resume or archive. */
export function HabitControls({ row, activityChoices, ...actions }: Props) {
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [times, setTimes] = useState<string | null>(null);
  const [own, setOwn] = useState<string | null>(null);
  const [name, setName] = useState<string | null>(null);
  const [ownChosen, setOwnChosen] = useState(false);
  const id = `habit-${row.id}`;

  const report = async (field: Field, pending: Promise<string | null>, clear: () => void) => {
    const error = await pending;
    setErrors((e) => ({ ...e, [field]: error ?? undefined }));
    if (!error) clear();
  };
  const saveTimes = () => times !== null && void report('goal', actions.onSetGoal(row.id, 'week', times), () => setTimes(null));
  const saveOwn = () => own !== null && void report('activity', actions.onSetActivity(row.id, own), () => setOwn(null));
  const saveName = () => name !== null && void report('name', actions.onRename(row.id, name), () => setName(null));
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
              onInput={(e) => setName(e.currentTarget.value)}
              onBlur={saveName}
              onKeyDown={(e) => e.key === 'Enter' && saveName()}
            />
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
              onInput={(e) => setTimes(e.currentTarget.value)}
              onBlur={saveTimes}
              onKeyDown={(e) => e.key === 'Enter' && saveTimes()}
            />
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
              onInput={(e) => setOwn(e.currentTarget.value)}
              onBlur={saveOwn}
              onKeyDown={(e) => e.key === 'Enter' && saveOwn()}
            />
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
