import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { HabitList } from '@/components/HabitList';
import '@/components/habits.css';
import { dayKey, weekDayKeys } from '@/utils/time/dayKey';
import type { GoalOffer } from '@/utils/habits/offers';
import { acceptOffer, declineOffer } from '@/utils/habits/offers';
import type { HabitWeek } from '@/utils/habits/listView';
import { habitListView } from '@/utils/habits/listView';
import { weekStartsOnFor } from '@/utils/habits/progress';
import type { HabitsRecord } from '@/utils/habits/record';
import type { ScoreSummary } from '@/utils/habits/scoreSummary';
import { needsRefresh } from '@/utils/habits/scoreSummary';
import { loadHabits, saveHabits, watchHabits } from '@/utils/shell/habitsStore';
import { readCheckins, writeCheckin } from '@/utils/shell/history';
import { readScoreSummary, refreshScoreSummary } from '@/utils/shell/scoreSummaryStore';
import { useStored } from '@/hooks/useStored';
import { loadWeekStartsOn, watchWeekStartsOn } from '@/utils/shell/weekStartSetting';

interface Loaded {
  week: HabitWeek;
  summary: ScoreSummary | null;
}

/**
 * The popup's whole read of history: this week's 7 day keys and the small score summary,
 * never anything older, however many years are stored (issue 3).
 */
export async function loadHabitWeek(now: Date, weekStartsOn: 0 | 1 | 6): Promise<Loaded> {
  const keys = weekDayKeys(now, weekStartsOn);
  const [checkins, summary] = await Promise.all([readCheckins(keys), readScoreSummary()]);
  return { week: { keys, checkins, todayIndex: keys.indexOf(dayKey(now)) }, summary };
}

/** Answers an offer on the freshest stored record. */
async function editHabits(change: (record: HabitsRecord) => HabitsRecord): Promise<void> {
  await saveHabits(change(await loadHabits()));
}

const openOptions = () => void browser.runtime.openOptionsPage();

/** Today's habits in the popup: loads this week, toggles check-ins, answers goal offers. */
export function TodayHabits({ now, windowOpen }: { now: Date; windowOpen: boolean }) {
  const record = useStored(loadHabits, watchHabits);
  const weekSetting = useStored(loadWeekStartsOn, watchWeekStartsOn);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const refreshedFor = useRef<string | null>(null);
  const weekStartsOn = weekSetting === undefined ? undefined : weekStartsOnFor(weekSetting);
  const today = dayKey(now);

  useEffect(() => {
    if (weekStartsOn === undefined) return;
    let live = true;
    void loadHabitWeek(now, weekStartsOn).then((data) => live && setLoaded(data));
    return () => {
      live = false;
    };
  }, [today, weekStartsOn]);

  // After the list is shown: once a week (or after a backfill) bring the score summary up to
  // date. This reads a few weeks of history, outside the popup's first load.
  const weekStart = loaded?.week.keys[0];
  useEffect(() => {
    if (!record || !loaded || !weekStart || !needsRefresh(loaded.summary, record.habits, weekStart)) return;
    const attempt = `${weekStart}:${record.habits.map((h) => h.id).join()}`;
    if (refreshedFor.current === attempt) return;
    refreshedFor.current = attempt;
    void refreshScoreSummary(record.habits, weekStart).then((summary) =>
      setLoaded((current) => (current && current.week.keys[0] === weekStart ? { ...current, summary } : current)),
    );
  }, [record, loaded, weekStart]);

  if (!record || !loaded) return null;

  const toggle = (habitId: string) => {
    const { keys, checkins, todayIndex } = loaded.week;
    const next = checkins[todayIndex]![habitId] === 'done' ? null : 'done';
    const day = { ...checkins[todayIndex] };
    if (next) day[habitId] = next;
    else delete day[habitId];
    // Shown at once; the write follows (one IndexedDB transaction, safe beside the background's).
    setLoaded({ ...loaded, week: { ...loaded.week, checkins: checkins.map((c, i) => (i === todayIndex ? day : c)) } });
    void writeCheckin(keys[todayIndex]!, habitId, next);
  };

  return (
    <HabitList
      view={habitListView(record, loaded.week, loaded.summary, windowOpen)}
      onToggle={toggle}
      onAccept={(offer: GoalOffer) => void editHabits((r) => acceptOffer(r, offer, today))}
      onDecline={(habitId) => void editHabits((r) => declineOffer(r, habitId, loaded.week.keys[0]!))}
      onChoose={openOptions}
    />
  );
}
