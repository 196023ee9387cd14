import { t } from '@/utils/catalogue';
import type { DayKey } from '@/utils/time/dayKey';
import type { GoalOffer } from './offers';
import { goalOffer } from './offers';
import { ACTIVITIES, isActivityId } from './names';
import { weekProgress } from './progress';
import type { Habit, HabitsRecord } from './record';
import type { ScoreSummary } from './scoreSummary';
import { scoreNow, summaryServes } from './scoreSummary';
import type { DayCheckins } from '@/utils/history/records';

/** One habit in the popup, as text: the list itself does no counting. */
export interface HabitRow {
  id: string;
  name: string;
  doneToday: boolean;
  /** "Walk · 1 of 2 this week · consistency 42%" */
  detail: string;
  skippedToday: boolean;
  met: boolean;
}

export interface OfferView {
  offer: GoalOffer;
  text: string;
  acceptLabel: string;
}

export interface HabitListView {
  rows: HabitRow[];
  offers: OfferView[];
  /** During the window: why now matters (guidance catalogue). */
  windowNote: string | null;
  /** The one sentence explaining the score, when a score is shown. */
  scoreExplain: string | null;
}

export interface HabitWeek {
  /** This week's 7 day keys, in order, and their check-ins. */
  keys: DayKey[];
  checkins: DayCheckins[];
  todayIndex: number;
}

export function activityLabel(habit: Habit): string | null {
  if (!habit.activity) return null;
  return isActivityId(habit.activity) ? t(ACTIVITIES[habit.activity]) : habit.activity;
}

/** What the popup's habit list shows for today's active habits. */
export function habitListView(
  record: HabitsRecord,
  week: HabitWeek,
  summary: ScoreSummary | null,
  windowOpen: boolean,
): HabitListView {
  const weekStart = week.keys[0]!;
  const today = week.checkins[week.todayIndex]!;
  const active = record.habits.filter((h) => h.status === 'active');
  let anyScore = false;
  const rows = active.map((habit): HabitRow => {
    const progress = weekProgress(habit, week.keys, week.checkins);
    const skippedToday = today[habit.id] === 'skip';
    const parts = [activityLabel(habit), skippedToday && t('habitSkippedToday'), t('habitWeekCount', progress.done, progress.target)];
    if (summaryServes(summary, habit, weekStart)) {
      anyScore = true;
      const score = scoreNow(summary!.habits[habit.id], habit, week.keys, week.checkins, week.todayIndex);
      parts.push(t('habitScore', Math.round(score * 100)));
    }
    return {
      id: habit.id,
      name: habit.name,
      doneToday: today[habit.id] === 'done',
      skippedToday,
      detail: parts.filter(Boolean).join(' · '),
      met: progress.met,
    };
  });
  const offers = active.flatMap((habit): OfferView[] => {
    const entry = summaryServes(summary, habit, weekStart) ? summary!.habits[habit.id] : undefined;
    const offer = entry && goalOffer(habit, entry.weeks, weekStart, record.offersDeclined);
    if (!offer) return [];
    const text =
      offer.kind === 'grow' ? t('goalOfferGrow', habit.name, offer.from, offer.to) : t('goalOfferShrink', habit.name, offer.to);
    return [{ offer, text, acceptLabel: t('goalOfferAccept', offer.to) }];
  });
  return {
    rows,
    offers,
    windowNote: windowOpen && rows.length > 0 ? t('guidanceHabitsWindow') : null,
    scoreExplain: anyScore ? t('habitScoreExplain') : null,
  };
}
