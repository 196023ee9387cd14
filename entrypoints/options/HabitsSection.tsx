import { useEffect, useState } from 'preact/hooks';
import { HabitSettings, type HabitSettingsActions } from '@/components/HabitSettings';
import '@/components/habits.css';
import { t } from '@/utils/catalogue';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey, weekStart } from '@/utils/time/dayKey';
import type { HabitEditResult } from '@/utils/habits/edits';
import * as edits from '@/utils/habits/edits';
import { PRESET_NAMES } from '@/utils/habits/names';
import { weekStartsOnFor } from '@/utils/habits/progress';
import type { HabitsRecord } from '@/utils/habits/record';
import { backfillDays, backfillView, habitSettingsView } from '@/utils/habits/settingsView';
import { loadHabits, saveHabits, watchHabits } from '@/utils/shell/habitsStore';
import type { DayCheckins } from '@/utils/history/records';
import { readCheckins, writeCheckin } from '@/utils/shell/history';
import { markScoreSummaryStale, refreshScoreSummary } from '@/utils/shell/scoreSummaryStore';
import { useNow, useStored } from '@/hooks/useStored';
import { loadWeekStartsOn, saveWeekStartsOn, watchWeekStartsOn } from '@/utils/shell/weekStartSetting';

/** Applies one edit to the freshest stored record; returns the error sentence or null. */
async function edit(change: (record: HabitsRecord) => HabitEditResult): Promise<string | null> {
  const result = change(await loadHabits());
  if (!result.ok) return result.error;
  await saveHabits(result.record);
  return null;
}

const newCustomId = () => `custom-${crypto.randomUUID().slice(0, 8)}`;

/** The options page's habits section: wiring between storage, the edits and the components. */
export function HabitsSection() {
  const record = useStored(loadHabits, watchHabits);
  const weekSetting = useStored(loadWeekStartsOn, watchWeekStartsOn);
  const now = useNow(60_000);
  const today = dayKey(now);
  const days = backfillDays(today);
  const [checkins, setCheckins] = useState<DayCheckins[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reloadCheckins = () => readCheckins(backfillDays(dayKey(new Date()))).then(setCheckins);
  useEffect(() => void reloadCheckins(), [today]);

  if (!record || weekSetting === undefined || !checkins) return null;

  const thisWeekStart = () => dayKey(weekStart(new Date(), weekStartsOnFor(weekSetting)));
  const reporting = (pending: Promise<string | null>) => pending.then((e) => (setError(e), e));

  const actions: HabitSettingsActions = {
    onPreset: (preset, on) =>
      reporting(
        edit((r) =>
          on ? edits.enablePreset(r, preset, t(PRESET_NAMES[preset]), new Date()) : edits.archiveHabit(r, preset, dayKey(new Date())),
        ),
      ),
    onAdd: async (input) => {
      const result = edits.addCustomHabit(await loadHabits(), input, new Date(), newCustomId());
      if (!result.ok) return result;
      await saveHabits(result.record);
      return null;
    },
    onRestore: (id) => reporting(edit((r) => edits.restoreHabit(r, id, new Date()))),
    onSetGoal: (id, per, times) => edit((r) => edits.setGoal(r, id, per, times, dayKey(new Date()))),
    onSetActivity: (id, value) => edit((r) => edits.setActivity(r, id, value)),
    onRename: (id, name) => edit((r) => edits.renameHabit(r, id, name)),
    onPause: (id) => void edit((r) => edits.pauseHabit(r, id, dayKey(new Date()))),
    onResume: (id) => void edit((r) => edits.resumeHabit(r, id, dayKey(new Date()))),
    onArchive: (id) => void edit((r) => edits.archiveHabit(r, id, dayKey(new Date()))),
    onBackfill: async (day: DayKey, habitId, value) => {
      const problem = edits.checkBackfillDay(day, dayKey(new Date()));
      if (problem) return problem;
      // A day before this week changes what the score summary holds: mark it first, so a crash
      // between the two writes still leads to a refresh.
      const week = thisWeekStart();
      if (day < week) await markScoreSummaryStale();
      await writeCheckin(day, habitId, value === '' ? null : value);
      await reloadCheckins();
      if (day < week) await refreshScoreSummary((await loadHabits()).habits, week);
      return null;
    },
    onWeekStart: (value) => void saveWeekStartsOn(value === '' ? null : (Number(value) as 0 | 1 | 6)),
  };

  return (
    <HabitSettings
      view={habitSettingsView(record, weekSetting)}
      backfill={backfillView(record, days, checkins)}
      error={error}
      {...actions}
    />
  );
}
