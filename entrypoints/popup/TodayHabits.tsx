import { useEffect, useRef, useState } from 'preact/hooks';
import { HabitList } from '@/components/HabitList';
import type { CheckinDays } from '@/hooks/useCheckins';
import type { GoalOffer } from '@/utils/habits/offers';
import { acceptOffer, declineOffer } from '@/utils/habits/offers';
import { habitListView } from '@/utils/habits/listView';
import type { HabitsRecord } from '@/utils/habits/record';
import type { ScoreSummary } from '@/utils/habits/scoreSummary';
import { needsRefresh } from '@/utils/habits/scoreSummary';
import type { DayCheckins } from '@/utils/history/records';
import { writeCheckin } from '@/utils/shell/history';
import { readScoreSummary, refreshScoreSummary } from '@/utils/shell/scoreSummaryStore';
import { openSettingsAt } from '@/utils/shell/settingsPage';
import { updateRecord } from '@/utils/shell/snapshot';
import type { Snapshot } from '@/utils/stored/snapshot';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey } from '@/utils/time/dayKey';

const editHabits = (change: (record: HabitsRecord) => HabitsRecord) => void updateRecord('habits', change);
// Straight to the habits, not the top of the settings (issue 14).
const openOptions = () => openSettingsAt('habits');

interface Props {
  stored: Snapshot;
  now: Date;
  /** Kept for the callers; the window's note is the phase card's (issue 14). */
  windowOpen: boolean;
  /** This week's days, and their check-ins from the popup's one IndexedDB read of them. */
  weekKeys: DayKey[];
  week: CheckinDays;
}

/**
 * Today's habits in the popup: toggles check-ins, answers goal offers. Besides the week's
 * check-ins it reads only the small score summary, never anything older, however many years
 * are stored (issue 3).
 */
export function TodayHabits({ stored, now, weekKeys, week }: Props) {
  const record = stored.habits;
  const [summary, setSummary] = useState<ScoreSummary | null | undefined>(undefined);
  // Today's check-ins as just tapped, shown at once until the write is read back.
  const [tapped, setTapped] = useState<DayCheckins | null>(null);
  const refreshedFor = useRef<string | null>(null);
  const taps = useRef(0);
  const today = dayKey(now);
  const todayIndex = weekKeys.indexOf(today);
  const weekStart = weekKeys[0]!;

  useEffect(() => {
    let live = true;
    void readScoreSummary().then((value) => live && setSummary(value));
    return () => {
      live = false;
    };
  }, []);

  // After the list is shown: once a week (or after a backfill) bring the score summary up to
  // date. This reads a few weeks of history, outside the popup's first load.
  useEffect(() => {
    if (summary === undefined || !needsRefresh(summary, record.habits, weekStart)) return;
    const attempt = `${weekStart}:${record.habits.map((h) => h.id).join()}`;
    if (refreshedFor.current === attempt) return;
    refreshedFor.current = attempt;
    void refreshScoreSummary(record.habits, weekStart).then(setSummary);
  }, [record, summary, weekStart]);

  if (summary === undefined) return null;
  const checkins = week.of(weekKeys).map((day, i) => (i === todayIndex && tapped ? tapped : day));

  const toggle = async (habitId: string) => {
    const day = { ...checkins[todayIndex] };
    const next = day[habitId] === 'done' ? null : 'done';
    if (next) day[habitId] = next;
    else delete day[habitId];
    setTapped(day);
    const tap = ++taps.current;
    // One IndexedDB transaction, safe beside the background's writes; then read back. A tap
    // made meanwhile keeps showing until its own write is read back.
    await writeCheckin(today, habitId, next);
    await week.reload();
    if (tap === taps.current) setTapped(null);
  };

  return (
    <HabitList
      // The phase card already says what the window is good for: no second note here (issue 14).
      view={habitListView(record, { keys: weekKeys, checkins, todayIndex }, summary, false)}
      onToggle={(habitId) => void toggle(habitId)}
      onAccept={(offer: GoalOffer) => editHabits((r) => acceptOffer(r, offer, today))}
      onDecline={(habitId) => editHabits((r) => declineOffer(r, habitId, weekStart))}
      onChoose={openOptions}
    />
  );
}
