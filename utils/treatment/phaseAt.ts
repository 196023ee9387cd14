import { addDays, addWeeks, differenceInCalendarDays, setHours, startOfDay } from 'date-fns';
import type { Infusion, TherapySession, TreatmentRecord } from './record';

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

export interface PhaseState {
  phase: PhaseName;
  /** The window after the most recent past infusion, if it is still open. */
  window: { start: Date; end: Date; hoursLeft: number; fractionLeft: number } | null;
  /** Position in the current induction series; null before the first infusion. */
  series: { done: number; of: number; startedAt: Date } | null;
  lastInfusion: Infusion | null;
  /** Local calendar days since the last infusion (0 on the day itself). */
  daysSinceLast: number | null;
  /** The first infusion dated in the future. */
  nextScheduled: Infusion | null;
  /** During induction with nothing scheduled: the date the cadence suggests. */
  nextSuggested: Date | null;
  /** Maintenance with a booster interval set. */
  booster: { dueOn: Date; status: 'upcoming' | 'due' | 'overdue' } | null;
  /** Between an infusion and the next morning: no movement or outdoor nudges. */
  restUntil: Date | null;
  nextSession: TherapySession | null;
  /** Therapy sessions held so far in the current series, and the protocol's count. */
  sessions: { held: number; planned: number };
}

const time = (entry: { at: string }) => Date.parse(entry.at);
const byTime = <T extends { at: string }>(a: T, b: T) => time(a) - time(b);

/**
 * Splits past infusions into series. Returns the infusions of the current (latest) series.
 * See NEW_SERIES_AFTER_DAYS for the rule.
 */
export function currentSeries(past: Infusion[], inductionCount: number): Infusion[] {
  let series: Infusion[] = [];
  let previousAt: number | null = null;
  for (const infusion of past) {
    const gapDays = previousAt === null ? Infinity : (time(infusion) - previousAt) / (24 * HOUR_MS);
    previousAt = time(infusion);
    if (infusion.kind === 'booster') continue;
    if (series.length === 0 || gapDays > NEW_SERIES_AFTER_DAYS) series = [infusion];
    else if (series.length < inductionCount) series.push(infusion);
  }
  return series;
}

/** The end of the rest day after an infusion: 06:00 local on the next calendar day. */
export function restEndsAfter(infusionAt: Date): Date {
  return setHours(startOfDay(addDays(infusionAt, 1)), REST_ENDS_AT_HOUR);
}

/** Where the patient is in treatment at `now`: everything the badge and popup show. */
export function phaseAt(record: TreatmentRecord, now: Date): PhaseState {
  const { protocol } = record;
  const nowMs = now.getTime();
  const infusions = [...record.infusions].sort(byTime);
  const past = infusions.filter((i) => time(i) <= nowMs);
  const nextScheduled = infusions.find((i) => time(i) > nowMs) ?? null;
  const lastInfusion = past.at(-1) ?? null;
  const series = currentSeries(past, protocol.inductionCount);
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
      window = {
        start,
        end,
        hoursLeft: Math.ceil(msLeft / HOUR_MS),
        fractionLeft: msLeft / (end.getTime() - start.getTime()),
      };
    }
    const restEnd = restEndsAfter(start);
    if (nowMs < restEnd.getTime()) restUntil = restEnd;
  }

  // The cadence spaces infusions 7 / perWeek days apart (2 a week: every 3–4 days).
  let nextSuggested: Date | null = null;
  const lastOfSeries = series.at(-1);
  if (phase === 'induction' && !nextScheduled && lastOfSeries) {
    const suggested = startOfDay(addDays(new Date(time(lastOfSeries)), Math.round(7 / protocol.infusionsPerWeek)));
    nextSuggested = suggested.getTime() < startOfDay(now).getTime() ? startOfDay(now) : suggested;
  }

  let booster: PhaseState['booster'] = null;
  if (phase === 'maintenance' && lastInfusion && protocol.boosterIntervalWeeks !== null) {
    const dueOn = startOfDay(addWeeks(new Date(time(lastInfusion)), protocol.boosterIntervalWeeks));
    const daysPast = differenceInCalendarDays(now, dueOn);
    const status = daysPast < 0 ? 'upcoming' : daysPast > BOOSTER_OVERDUE_AFTER_DAYS ? 'overdue' : 'due';
    booster = { dueOn, status };
  }

  const sessions = [...record.sessions].sort(byTime);
  const seriesStartMs = seriesStart ? time(seriesStart) : -Infinity;
  return {
    phase,
    window,
    series: seriesStart ? { done: series.length, of: protocol.inductionCount, startedAt: new Date(time(seriesStart)) } : null,
    lastInfusion,
    daysSinceLast: lastInfusion ? differenceInCalendarDays(now, new Date(time(lastInfusion))) : null,
    nextScheduled,
    nextSuggested,
    booster,
    restUntil,
    nextSession: sessions.find((s) => time(s) > nowMs) ?? null,
    sessions: {
      held: sessions.filter((s) => time(s) <= nowMs && time(s) >= seriesStartMs).length,
      planned: protocol.therapySessionCount,
    },
  };
}
