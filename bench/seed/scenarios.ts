import type { BackupData } from '@/utils/backup/format';
import { emptyBackupData } from '@/utils/backup/format';
import { t } from '@/utils/catalogue';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey, dayStart, shiftDay } from '@/utils/time/dayKey';
import { enablePreset } from '@/utils/habits/edits';
import { PRESET_NAMES } from '@/utils/habits/names';
import type { Goal, HabitsRecord, PresetId } from '@/utils/habits/record';
import { EMPTY_HABITS } from '@/utils/habits/record';
import type { DayCheckins, MoodEntry, MoodLevel, NudgeLogEntry, ScoreEntry } from '@/utils/history/records';
import type { Infusion, TherapySession } from '@/utils/treatment/record';

/**
 * The benchmark's data sets (issue 7), as the patient's data in the backup format: the
 * benchmark restores them on the options page as backup files (backupFiles.ts, issue 10).
 * Pure and deterministic for a given `now`: the same run seeds the same data.
 */
export const SCENARIOS = ['none', 'typical', 'years'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export const SCENARIO_LABELS: Record<Scenario, string> = {
  none: 'no data',
  typical: 'typical course (6 infusions, 4 habits, 3 months of check-ins)',
  years: '5 years (6 habits, daily check-ins, nudge log)',
};

/** A small seeded generator (mulberry32), so "70 % of mornings" is the same mornings every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Local time `hh:mm` on `day`, as an ISO instant. */
const at = (day: DayKey, hh: number, mm = 0) => {
  const d = dayStart(day);
  d.setHours(hh, mm);
  return d.toISOString();
};

const TYPICAL_HABITS: PresetId[] = ['morning-light', 'evening-light', 'movement-breaks', 'wind-down'];
const YEARS_HABITS: PresetId[] = [...TYPICAL_HABITS, 'movement', 'reflect'];
const GOALS: Partial<Record<PresetId, Goal>> = { movement: { per: 'week', times: 2 } };

/** The preset habits as the options page creates them (utils/habits/edits.ts), on `since`. */
function habitsFrom(presets: PresetId[], since: Date): HabitsRecord {
  let record = EMPTY_HABITS;
  for (const preset of presets) {
    const goal = GOALS[preset];
    const result = enablePreset(record, preset, t(PRESET_NAMES[preset]), since, goal ? { goal } : {});
    if (!result.ok) throw new Error(`bench: cannot enable ${preset}: ${result.error}`);
    record = result.record;
  }
  return record;
}

/** How often the patient checks each habit in, a day; weekly ones on some days of the week. */
const DONE_RATE: Record<string, number> = {
  'morning-light': 0.75,
  'evening-light': 0.55,
  'movement-breaks': 0.7,
  'wind-down': 0.65,
  movement: 0.3,
  reflect: 0.12,
};

/**
 * `days` days of check-ins and nudge log up to and including `today`, for the patient of the
 * wake-up replay (bench/wakeReplay.ts): nudged at 08:00, hourly breaks on weekdays, 18:30 and
 * 21:30, often away at lunch and in the evening, answering "Done" to some.
 */
function history(presets: PresetId[], today: DayKey, days: number, seed: number): BackupData['history'] {
  const next = random(seed);
  const checkins: Record<DayKey, DayCheckins> = {};
  const nudges: Record<DayKey, NudgeLogEntry[]> = {};
  const mood: Record<DayKey, MoodEntry> = {};
  const scores: Record<DayKey, ScoreEntry[]> = {};
  for (let i = days - 1; i >= 0; i--) {
    const day = shiftDay(today, -i);
    const weekend = [0, 6].includes(dayStart(day).getDay());
    const ill = next() < 0.02; // a skipped day: ill or travelling
    const done: DayCheckins = {};
    for (const habit of presets) {
      if (ill) done[habit] = 'skip';
      else if (next() < DONE_RATE[habit]!) done[habit] = 'done';
    }
    if (Object.keys(done).length > 0) checkins[day] = done;

    const log: NudgeLogEntry[] = [];
    const nudge = (habitId: string, hh: number, mm: number, away: boolean) => {
      if (!presets.includes(habitId as PresetId)) return;
      if (away) return log.push({ at: at(day, hh, mm), habitId, outcome: 'dropped', reason: 'idle' });
      log.push({ at: at(day, hh, mm), habitId, outcome: 'shown' });
      if (done[habitId] === 'done') log.push({ at: at(day, hh, mm + 2), habitId, outcome: 'done' });
      else if (next() < 0.3) log.push({ at: at(day, hh, mm + 1), habitId, outcome: 'dismissed' });
    };
    nudge('morning-light', 8, 0, weekend);
    if (!weekend) for (const hh of [10, 11, 12, 13, 14, 15, 16]) nudge('movement-breaks', hh, 5, hh === 13 || next() < 0.15);
    nudge('evening-light', 18, 30, next() < 0.6);
    nudge('wind-down', 21, 30, weekend);
    nudges[day] = log;

    // Issue 11: a mood most days, and both questionnaires once a week.
    if (next() < 0.8) mood[day] = { mood: (1 + Math.floor(next() * 5)) as MoodLevel, at: at(day, 20) };
    if (i % 7 === 0) {
      const answers = (n: number) => Array.from({ length: n }, () => Math.floor(next() * 4) as 0 | 1 | 2 | 3);
      // Item 9 stays 0 in the seeded data: the benchmark measures pages, not the crisis panel.
      const phq9 = answers(9);
      phq9[8] = 0;
      scores[day] = [
        { measure: 'phq9', at: at(day, 20, 5), answers: phq9 },
        { measure: 'gad7', at: at(day, 20, 10), answers: answers(7) },
      ];
    }
  }
  return { checkins, nudges, mood, scores };
}

const infusion = (day: DayKey, kind: Infusion['kind'] = 'infusion'): Infusion => ({ at: at(day, 9), kind });
const session = (day: DayKey, kind: TherapySession['kind']): TherapySession => ({ at: at(day, 14), kind });

/** An induction series of 6, twice a week, whose last infusion is on `lastDay`. */
const series = (lastDay: DayKey) => [17, 14, 10, 7, 3, 0].map((back) => infusion(shiftDay(lastDay, -back)));

/** The patient's data for `scenario` at `now`. */
export function scenarioData(scenario: Scenario, now: Date): BackupData {
  const data = emptyBackupData();
  const today = dayKey(now);
  if (scenario === 'none') return data;

  if (scenario === 'typical') {
    // The series ended yesterday: the window is open and the phase card shows all it can.
    const last = shiftDay(today, -1);
    data.treatment.infusions = series(last);
    data.treatment.sessions = [16, 9, 2].map((back) => session(shiftDay(last, -back), 'kap'));
    data.habits = habitsFrom(TYPICAL_HABITS, dayStart(shiftDay(today, -90)));
    data.history = history(TYPICAL_HABITS, today, 90, 1);
    return data;
  }

  // Five years: the series, then a booster about every six weeks, the latest yesterday.
  const start = shiftDay(today, -5 * 365);
  const infusions = series(shiftDay(start, 17));
  const sessions = [3, 10, 17].map((after) => session(shiftDay(start, after), 'kap'));
  for (let day = shiftDay(today, -1); day > shiftDay(start, 60); day = shiftDay(day, -42)) {
    infusions.push(infusion(day, 'booster'));
    sessions.push(session(shiftDay(day, 1), 'integration'));
  }
  data.treatment.infusions = infusions.sort((a, b) => a.at.localeCompare(b.at));
  data.treatment.sessions = sessions.sort((a, b) => a.at.localeCompare(b.at));
  data.habits = habitsFrom(YEARS_HABITS, dayStart(start));
  data.history = history(YEARS_HABITS, today, 5 * 365 + 1, 2);
  return data;
}
