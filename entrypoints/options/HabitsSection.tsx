import { useCallback, useState } from 'preact/hooks';
import { HabitSettings, type HabitSettingsActions } from '@/components/HabitSettings';
import '@/components/habits.css';
import { t } from '@/utils/catalogue';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey, weekStart } from '@/utils/time/dayKey';
import type { HabitEditResult } from '@/utils/habits/edits';
import * as edits from '@/utils/habits/edits';
import { PRESET_NAMES } from '@/utils/habits/names';
import { weekStartsOnFor } from '@/utils/habits/progress';
import type { Habit, HabitsRecord } from '@/utils/habits/record';
import { backfillDays, backfillView, habitSettingsView } from '@/utils/habits/settingsView';
import type { Settings } from '@/utils/settings/record';
import type { CheckinDays } from '@/hooks/useCheckins';
import { writeCheckin } from '@/utils/shell/history';
import { markScoreSummaryStale, refreshScoreSummary } from '@/utils/shell/scoreSummaryStore';
import { saveField } from '@/utils/shell/fieldSave';
import { editRecord, editStored, loadSnapshot, updateRecord } from '@/utils/shell/snapshot';

/** Applies one edit to the freshest stored record; returns the error sentence or null. */
const edit = (change: (record: HabitsRecord) => HabitEditResult) => editRecord('habits', change);

const newCustomId = () => `custom-${crypto.randomUUID().slice(0, 8)}`;

/**
 * Archives a habit (its history kept) and resolves to what Undo needs: the habit as it was, put
 * back exactly (issue 16); or the refusal.
 */
function archive(id: string): Promise<{ before: Habit } | { error: string }> {
  return editStored((stored) => {
    const before = stored.habits.habits.find((h) => h.id === id);
    const result = edits.archiveHabit(stored.habits, id, dayKey(new Date()));
    if (!result.ok) return { write: null, result: { error: result.error } };
    return { write: { habits: result.record }, result: before ? { before } : { error: t('habitErrorGone') } };
  });
}

/** The options page's habits section: wiring between storage, the edits and the components. */
interface Props {
  habits: HabitsRecord;
  weekStartsOn: Settings['weekStartsOn'];
  now: Date;
  /** The days of the backfill table (today and the six before), read by the page. */
  days: DayKey[];
  checkins: CheckinDays;
}

export function HabitsSection({ habits: record, weekStartsOn: weekSetting, days, checkins }: Props) {
  const [error, setError] = useState<string | null>(null);
  const [archived, setArchived] = useState<Habit | null>(null);
  const forget = useCallback(() => setArchived(null), []);
  const archiveWithUndo = async (id: string) => {
    const done = await archive(id);
    setError('error' in done ? done.error : null);
    setArchived('before' in done ? done.before : null);
    return 'error' in done ? done.error : null;
  };

  const thisWeekStart = () => dayKey(weekStart(new Date(), weekStartsOnFor(weekSetting)));
  const reporting = (pending: Promise<string | null>) => pending.then((e) => (setError(e), e));

  const actions: HabitSettingsActions = {
    onPreset: (preset, on) => (on ? reporting(edit((r) => edits.enablePreset(r, preset, t(PRESET_NAMES[preset]), new Date()))) : archiveWithUndo(preset)),
    onAdd: (input) =>
      editStored((stored) => {
        const result = edits.addCustomHabit(stored.habits, input, new Date(), newCustomId());
        return result.ok ? { write: { habits: result.record }, result: null } : { write: null, result };
      }),
    onRestore: (id) => reporting(edit((r) => edits.restoreHabit(r, id, new Date()))),
    onSetGoal: (id, per, times) => saveField({ field: 'goal', habitId: id, per, times, today: dayKey(new Date()) }).then((problem) => problem?.error ?? null),
    onSetActivity: (id, value) => edit((r) => edits.setActivity(r, id, value)),
    onRename: (id, name) => edit((r) => edits.renameHabit(r, id, name)),
    onPause: (id) => void edit((r) => edits.pauseHabit(r, id, dayKey(new Date()))),
    onResume: (id) => void edit((r) => edits.resumeHabit(r, id, dayKey(new Date()))),
    onArchive: (id) => void archiveWithUndo(id),
    onBackfill: async (day: DayKey, habitId, value) => {
      const problem = edits.checkBackfillDay(day, dayKey(new Date()));
      if (problem) return problem;
      // A day before this week changes what the score summary holds: mark it first, so a crash
      // between the two writes still leads to a refresh.
      const week = thisWeekStart();
      if (day < week) await markScoreSummaryStale();
      await writeCheckin(day, habitId, value === '' ? null : value);
      await checkins.reload();
      if (day < week) await refreshScoreSummary((await loadSnapshot()).habits.habits, week);
      return null;
    },
    onWeekStart: (value) => void updateRecord('settings', (s) => ({ ...s, weekStartsOn: value === '' ? null : (Number(value) as 0 | 1 | 6) })),
  };

  return (
    <HabitSettings
      view={habitSettingsView(record, weekSetting)}
      backfill={backfillView(record, days, checkins.of(days))}
      error={error}
      undo={
        archived && {
          what: archived.name,
          onDone: forget,
          onUndo: () => void updateRecord('habits', (r) => edits.putHabitBack(r, archived)).then(() => setArchived(null)),
        }
      }
      {...actions}
    />
  );
}
