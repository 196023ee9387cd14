import { differenceInCalendarDays, localDay } from '@/utils/time/localDays';
import type { Infusion, Protocol, TherapySession, TreatmentKind, TreatmentRecord } from './record';
import { stageCount } from './record';

const HOUR_MS = 3_600_000;

/**
 * An infusion (of kind "infusion") more than this many days after the infusion before it
 * starts a new induction series, e.g. a re-induction after a relapse. Boosters never start
 * or join a series, so a patient whose boosters are far apart records them as boosters.
 * Once a series has its N infusions, further infusions within this gap count as boosters.
 */
export const NEW_SERIES_AFTER_DAYS = 60;

/** The rest day after an infusion ends the next morning at this local hour. */
export const REST_ENDS_AT_HOUR = 6;

/** A booster reminder turns from due to overdue this many days after its date. */
export const BOOSTER_OVERDUE_AFTER_DAYS = 7;

export type PhaseName = 'before' | 'induction' | 'maintenance';

/** Where the schedule is: the calendar week of the course and the cadence of its stage. */
export interface StageNow {
  /** 1 in the week the series began, 6 five weeks later (calendar weeks, not sessions). */
  week: number;
  times: number;
  everyWeeks: number;
  /** The stage's own length in weeks, for a stage after the series (null: open-ended). */
  weeks?: number | null;
}

export interface PhaseState {
  phase: PhaseName;
  /** The protocol's kind: the words the patient reads follow it. */
  kind: TreatmentKind;
  /** The window after the most recent past infusion, if it is still open. */
  window: { end: Date; hoursLeft: number; fractionLeft: number } | null;
  /** Position in the current induction series; null before the first infusion. */
  series: { done: number; of: number; startedAt: Date } | null;
  lastInfusion: Infusion | null;
  /** Local calendar days since the last infusion (0 on the day itself). */
  daysSinceLast: number | null;
  /** The first infusion dated in the future. */
  nextScheduled: Infusion | null;
  /** The stage of the schedule, during the series or a later stage; null before or once every stage is done. */
  stage: StageNow | null;
  /** With nothing scheduled, during a stage: the date its cadence suggests. */
  nextSuggested: Date | null;
  /** Maintenance with a booster interval set. */
  booster: { dueOn: Date; status: 'upcoming' | 'due' | 'overdue' } | null;
  /** Between an infusion and the next morning: no movement or outdoor nudges. */
  restUntil: Date | null;
}

const time = (entry: { at: string }) => Date.parse(entry.at);
const byTime = <T extends { at: string }>(a: T, b: T) => time(a) - time(b);

/**
 * Splits past infusions into courses (see NEW_SERIES_AFTER_DAYS) and returns the current one's
 * entries that are not boosters: its first inductionCount are the series, the rest the later
 * stages. Entries count whatever their kind: a course that changes kind goes on where it was.
 */
export function currentCourse(past: Infusion[]): Infusion[] {
  let course: Infusion[] = [];
  let previousAt: number | null = null;
  for (const infusion of past) {
    const gapDays = previousAt === null ? Infinity : (time(infusion) - previousAt) / (24 * HOUR_MS);
    previousAt = time(infusion);
    if (infusion.kind === 'booster') continue;
    if (course.length === 0 || gapDays > NEW_SERIES_AFTER_DAYS) course = [infusion];
    else course.push(infusion);
  }
  return course;
}

/** The infusions of the current (latest) induction series. */
export const currentSeries = (past: Infusion[], inductionCount: number) => currentCourse(past).slice(0, inductionCount);

/**
 * The stage the next session belongs to, by sessions done: a stage ends when its sessions are
 * done, not by the calendar, so after a missed week the schedule goes on where it stopped.
 */
function stageFor(protocol: Protocol, done: number): { times: number; everyWeeks: number } | null {
  if (done < protocol.inductionCount) return { times: protocol.infusionsPerWeek, everyWeeks: 1 };
  let after = done - protocol.inductionCount;
  for (const stage of protocol.stages) {
    if (stage.weeks === null || after < stageCount(stage)) return stage;
    after -= stageCount(stage);
  }
  return null;
}

/** The end of the rest day after an infusion: 06:00 local on the next calendar day. */
export function restEndsAfter(infusionAt: Date): Date {
  return localDay(infusionAt, 1, REST_ENDS_AT_HOUR);
}

/** Where the patient is in treatment at `now`: everything the badge and popup show. */
export function phaseAt(record: TreatmentRecord, now: Date): PhaseState {
  const { protocol } = record;
  const nowMs = now.getTime();
  const infusions = [...record.infusions].sort(byTime);
  const past = infusions.filter((i) => time(i) <= nowMs);
  const nextScheduled = infusions.find((i) => time(i) > nowMs) ?? null;
  const lastInfusion = past.at(-1) ?? null;
  const course = currentCourse(past);
  const series = course.slice(0, protocol.inductionCount);
  const seriesStart = series[0];

  const phase: PhaseName =
    lastInfusion === null ? 'before' : series.length < protocol.inductionCount ? 'induction' : 'maintenance';

  let window: PhaseState['window'] = null;
  let restUntil: Date | null = null;
  if (lastInfusion) {
    const start = new Date(time(lastInfusion));
    // Real elapsed hours: adding milliseconds, not wall-clock hours, is right across DST.
    const end = new Date(start.getTime() + protocol.windowHours * HOUR_MS);
    if (nowMs < end.getTime()) {
      const msLeft = end.getTime() - nowMs;
      window = { end, hoursLeft: Math.ceil(msLeft / HOUR_MS), fractionLeft: msLeft / (protocol.windowHours * HOUR_MS) };
    }
    const restEnd = restEndsAfter(start);
    if (nowMs < restEnd.getTime()) restUntil = restEnd;
  }

  const cadence = seriesStart ? stageFor(protocol, course.length) : null;
  // "Week 6": calendar weeks since the series began, whatever the sessions done.
  const stage: StageNow | null = cadence && { ...cadence, week: Math.floor(differenceInCalendarDays(now, new Date(time(seriesStart!))) / 7) + 1 };

  // The stage's cadence spaces sessions 7 · everyWeeks / times days apart (2 a week: every
  // 3–4 days), from the last session of the course.
  let nextSuggested: Date | null = null;
  const lastOfCourse = course.at(-1);
  if (stage && !nextScheduled && lastOfCourse) {
    const suggested = localDay(new Date(time(lastOfCourse)), Math.round((7 * stage.everyWeeks) / stage.times));
    const today = localDay(now);
    nextSuggested = suggested < today ? today : suggested;
  }

  // The booster reminder is for a maintenance with no stage left to follow (boosters as needed).
  let booster: PhaseState['booster'] = null;
  if (phase === 'maintenance' && !stage && lastInfusion && protocol.boosterIntervalWeeks !== null) {
    const dueOn = localDay(new Date(time(lastInfusion)), 7 * protocol.boosterIntervalWeeks);
    const daysPast = differenceInCalendarDays(now, dueOn);
    const status = daysPast < 0 ? 'upcoming' : daysPast > BOOSTER_OVERDUE_AFTER_DAYS ? 'overdue' : 'due';
    booster = { dueOn, status };
  }

  return {
    phase,
    kind: protocol.kind,
    window,
    series: seriesStart ? { done: series.length, of: protocol.inductionCount, startedAt: new Date(time(seriesStart)) } : null,
    lastInfusion,
    daysSinceLast: lastInfusion ? differenceInCalendarDays(now, new Date(time(lastInfusion))) : null,
    nextScheduled,
    stage,
    nextSuggested,
    booster,
    restUntil,
  };
}

/**
 * Therapy sessions held so far in the current series, the protocol's count, and the next one.
 * Apart from phaseAt, which the popup's first paint runs, since no first paint shows them.
 */
export function therapySessionsAt(record: TreatmentRecord, now: Date): { held: number; planned: number; next: TherapySession | null } {
  const nowMs = now.getTime();
  const seriesStart = currentSeries(record.infusions.filter((i) => time(i) <= nowMs).sort(byTime), record.protocol.inductionCount)[0];
  const seriesStartMs = seriesStart ? time(seriesStart) : -Infinity;
  const sessions = [...record.sessions].sort(byTime);
  return {
    held: sessions.filter((s) => time(s) <= nowMs && time(s) >= seriesStartMs).length,
    planned: record.protocol.therapySessionCount,
    next: sessions.find((s) => time(s) > nowMs) ?? null,
  };
}
