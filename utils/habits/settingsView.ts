import { t } from '@/utils/catalogue';
import type { DayKey } from '@/utils/time/dayKey';
import { dayStart, localeWeekStart, shiftDay } from '@/utils/time/dayKey';
import { BACKFILL_DAYS } from './edits';
import type { ActivityId } from './names';
import { ACTIVITIES, isActivityId, LIGHT_PRESETS, PRESET_NAMES } from './names';
import type { Habit, HabitsRecord, PresetId } from './record';
import { PRESETS } from './record';
import type { Settings } from '@/utils/settings/record';
import type { DayCheckins } from '@/utils/history/records';
import { dateFormat } from '@/utils/time/intl';

/** What the options page shows for one habit that is not archived. */
export interface HabitSettingsRow {
  id: string;
  name: string;
  custom: boolean;
  paused: boolean;
  per: 'day' | 'week';
  /** The goal's times a week; for a daily goal, what "times a week" would start at. */
  times: number;
  /** Movement only: the kind picked ('' for none, 'own' for the patient's word) and that word. */
  activity: { choice: ActivityId | 'own' | ''; own: string } | null;
}

export interface PresetRow {
  preset: PresetId;
  label: string;
  on: boolean;
  habit: HabitSettingsRow | null;
  lightCaution: boolean;
}

export interface HabitSettingsView {
  presets: PresetRow[];
  custom: HabitSettingsRow[];
  archived: Array<{ id: string; name: string }>;
  activityChoices: Array<{ value: ActivityId | 'own'; label: string }>;
  weekStart: { value: '' | '0' | '1' | '6'; choices: Array<{ value: '' | '0' | '1' | '6'; label: string }> };
}

const weekdayName = dateFormat({ weekday: 'long' });
/** A weekday's name in the patient's locale, 0 Sunday … 6 Saturday (7 January 2024 was a Sunday). */
const dayName = (day: number) => weekdayName.format(new Date(2024, 0, 7 + day));

function settingsRow(habit: Habit): HabitSettingsRow {
  const { goal } = habit;
  const fallbackTimes = habit.preset && PRESETS[habit.preset].goal.per === 'week' ? PRESETS[habit.preset].goal : null;
  return {
    id: habit.id,
    name: habit.name,
    custom: habit.preset === null,
    paused: habit.status === 'paused',
    per: goal.per,
    times: goal.per === 'week' ? goal.times : fallbackTimes?.per === 'week' ? fallbackTimes.times : 3,
    activity:
      habit.preset === 'movement'
        ? { choice: isActivityId(habit.activity) ? habit.activity : habit.activity ? 'own' : '', own: isActivityId(habit.activity) ? '' : (habit.activity ?? '') }
        : null,
  };
}

export function habitSettingsView(record: HabitsRecord, weekStartsOn: Settings['weekStartsOn'], locale?: string): HabitSettingsView {
  const live = record.habits.filter((h) => h.status !== 'archived');
  return {
    presets: (Object.keys(PRESET_NAMES) as PresetId[]).map((preset) => {
      const habit = live.find((h) => h.preset === preset) ?? null;
      return {
        preset,
        label: t(PRESET_NAMES[preset]),
        on: habit !== null,
        habit: habit && settingsRow(habit),
        lightCaution: LIGHT_PRESETS.includes(preset),
      };
    }),
    custom: live.filter((h) => h.preset === null).map(settingsRow),
    archived: record.habits.filter((h) => h.status === 'archived' && h.preset === null).map(({ id, name }) => ({ id, name })),
    activityChoices: [
      ...(Object.keys(ACTIVITIES) as ActivityId[]).map((value) => ({ value, label: t(ACTIVITIES[value]) })),
      { value: 'own' as const, label: t('activityOwn') },
    ],
    weekStart: {
      value: weekStartsOn === null ? '' : (String(weekStartsOn) as '0' | '1' | '6'),
      choices: [
        { value: '', label: t('habitWeekStartLocale', dayName(localeWeekStart(locale))) },
        { value: '1', label: dayName(1) },
        { value: '0', label: dayName(0) },
        { value: '6', label: dayName(6) },
      ],
    },
  };
}

export type CheckinChoice = 'done' | 'skip' | '';

export interface BackfillView {
  days: Array<{ key: DayKey; label: string }>;
  rows: Array<{ id: string; name: string; cells: Array<{ day: DayKey; value: CheckinChoice; label: string }> }>;
  choices: Array<{ value: CheckinChoice; label: string }>;
}

const dayLabel = dateFormat({ weekday: 'short', day: 'numeric', month: 'short' });

/** The days the patient can fill in, today last, with what each habit has on each. */
export function backfillDays(today: DayKey): DayKey[] {
  return Array.from({ length: BACKFILL_DAYS }, (_, i) => shiftDay(today, i - BACKFILL_DAYS + 1));
}

/** The options page's table for filling in the last 7 days: habits in use, one select per day. */
export function backfillView(record: HabitsRecord, days: DayKey[], checkins: DayCheckins[]): BackfillView {
  const labelled = days.map((key) => ({ key, label: dayLabel.format(dayStart(key)) }));
  return {
    days: labelled,
    rows: record.habits
      .filter((h) => h.status !== 'archived')
      .map((habit) => ({
        id: habit.id,
        name: habit.name,
        cells: labelled.map(({ key, label }, i) => ({
          day: key,
          value: checkins[i]?.[habit.id] ?? '',
          label: t('backfillCell', habit.name, label),
        })),
      })),
    choices: [
      { value: '', label: t('checkinNone') },
      { value: 'done', label: t('checkinDone') },
      { value: 'skip', label: t('checkinSkip') },
    ],
  };
}
