import { addDays } from 'date-fns';
import { t } from '@/utils/catalogue';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey, dayStart, weekDayKeys } from '@/utils/time/dayKey';
import { SESSION_KINDS, infusionKinds } from '@/utils/treatment/entryRows';
import { formatFull } from '@/utils/time/format';
import { weekProgress } from '@/utils/habits/progress';
import type { Habit, HabitsRecord } from '@/utils/habits/record';
import { phaseAt } from '@/utils/treatment/phaseAt';
import { daysSinceLine, phaseSentence, phaseView } from '@/utils/treatment/phaseView';
import type { DayCheckins } from '@/utils/history/records';
import type { TreatmentRecord } from '@/utils/treatment/record';
import { treatmentOf } from '@/utils/treatment/record';
import { inWordsOf as w } from '@/utils/treatment/words';
import { dateFormat } from '@/utils/time/intl';

/**
 * The printable summary a patient brings to an appointment: the treatment timeline, the
 * protocol entered, habit goals, and consistency per week (days done against the goal).
 */

/** Weeks of consistency the summary shows: about the span of an induction and the month after. */
export const SUMMARY_WEEKS = 12;

/** The day keys of the last `count` weeks up to the one holding `now`, oldest first. */
export function summaryWeeks(now: Date, weekStartsOn: 0 | 1 | 6, count = SUMMARY_WEEKS): DayKey[][] {
  return Array.from({ length: count }, (_, i) => weekDayKeys(addDays(now, -7 * (count - 1 - i)), weekStartsOn));
}

export interface SummaryView {
  madeOn: string;
  phase: string | null;
  /** The popup card's lines (next infusion, days since, booster), so the two agree (issue 16). */
  phaseLines: string[];
  timeline: Array<{ key: string; when: string; what: string; note: string; planned: boolean }>;
  protocol: string;
  habits: Array<{ id: string; name: string; goal: string; notes: string[] }>;
  consistency: {
    habits: Array<{ id: string; name: string }>;
    weeks: Array<{ label: string; cells: string[] }>;
  };
}

const dayFormat = dateFormat({ day: 'numeric', month: 'short', year: 'numeric' });

function goalText(habit: Habit): string {
  if (habit.goal.per === 'day') return t('summaryGoalDaily');
  return habit.goal.times === 1 ? t('summaryGoalWeeklyOne') : t('summaryGoalWeekly', habit.goal.times);
}

/**
 * "3 of 7", "2 of 5 (2 skipped)", or a dash for a week before the habit existed. Only days up to
 * today count, from the day the habit was made, so a new habit and this week are measured
 * fairly; a day before that counts when it holds a check-in (filled in afterwards), so the
 * days done are the popup's and the score's (issue 18).
 */
function weekCell(habit: Habit, keys: DayKey[], checkins: DayCheckins[], today: DayKey): string {
  const first = dayKey(new Date(habit.createdAt));
  const counts = (day: DayKey, marks: DayCheckins) => day <= today && (day >= first || marks[habit.id] !== undefined);
  const counted = keys.flatMap((day, i) => (counts(day, checkins[i] ?? {}) ? [[day, checkins[i] ?? {}] as const] : []));
  if (counted.length === 0) return t('summaryNotYet');
  const { done, target, skipped } = weekProgress(habit, counted.map(([day]) => day), counted.map(([, marks]) => marks));
  return skipped > 0 ? t('summaryCellSkips', done, target, skipped) : t('summaryCell', done, target);
}

/**
 * The weeks from the first one that measures any habit: a habit begun today shows this week,
 * not 11 empty weeks before it (issue 16). With nothing measured yet, only the latest week.
 */
function fromFirstMeasured<R extends { cells: string[] }>(rows: R[]): R[] {
  const first = rows.findIndex((row) => row.cells.some((cell) => cell !== t('summaryNotYet')));
  return first === -1 ? rows.slice(-1) : rows.slice(first);
}

export function careSummary(
  treatment: TreatmentRecord,
  habits: HabitsRecord,
  weeks: Array<{ keys: DayKey[]; checkins: DayCheckins[] }>,
  now: Date,
): SummaryView {
  const entries = [
    ...treatment.infusions.map((i) => ({ at: i.at, what: t(infusionKinds(treatmentOf(i, treatment.protocol.kind))[i.kind]), note: i.note ?? '' })),
    ...treatment.sessions.map((s) => ({ at: s.at, what: t(SESSION_KINDS[s.kind]), note: s.note ?? '' })),
  ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const { protocol } = treatment;
  const booster = protocol.boosterIntervalWeeks === null ? t('protocolOff') : t('summaryBoosterWeeks', protocol.boosterIntervalWeeks);

  // Archived habits appear only where the weeks shown hold something for them.
  const touched = (habit: Habit) => weeks.some((w) => w.checkins.some((day) => day[habit.id] !== undefined));
  const shown = habits.habits.filter((h) => h.status !== 'archived' || touched(h));

  const rows = weeks.map(({ keys, checkins }) => ({
    label: t('summaryWeekOf', dayFormat.format(dayStart(keys[0]!))),
    cells: shown.map((h) => weekCell(h, keys, checkins, dayKey(now))),
  }));
  const state = phaseAt(treatment, now);
  const card = treatment.infusions.length > 0 ? phaseView(state, now) : null;
  // The card's figure says the days since the last infusion in maintenance; the summary's
  // phase sentence does not, so it is a line of its own here.
  const daysSince = card && state.phase === 'maintenance' && state.daysSinceLast !== null ? [daysSinceLine(state.daysSinceLast, state.kind)] : [];
  return {
    madeOn: t('summaryMadeOn', formatFull(now)),
    phase: card && t('summaryNow', phaseSentence(state)),
    phaseLines: [...daysSince, ...(card?.lines ?? [])],
    timeline: entries.map((entry, index) => ({
      key: `${entry.at}-${index}`,
      when: formatFull(new Date(entry.at)),
      what: entry.what,
      note: entry.note,
      planned: Date.parse(entry.at) > now.getTime(),
    })),
    protocol: t(
      w('summaryProtocolLine', protocol.kind),
      protocol.inductionCount,
      protocol.infusionsPerWeek,
      protocol.windowHours,
      protocol.therapySessionCount,
      booster,
    ),
    habits: habits.habits
      .filter((h) => h.status !== 'archived')
      .map((h) => ({
        id: h.id,
        name: h.name,
        goal: goalText(h),
        notes: [
          ...(h.direction === 'stop' ? [t('summaryStop')] : []),
          ...(h.status === 'paused' ? [t('summaryStatusPaused')] : []),
        ],
      })),
    consistency: { habits: shown.map((h) => ({ id: h.id, name: h.name })), weeks: fromFirstMeasured(rows) },
  };
}
