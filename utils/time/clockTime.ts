import type { ClockTime } from '@/utils/habits/record';

/**
 * Local wall-clock times ("08:00") placed on calendar days. Built with the Date constructor
 * so every rule follows the wall clock across DST changes: 08:00 stays 08:00, and a time the
 * spring change skips (02:30) moves forward to the first real minute after it.
 */

export const MINUTE_MS = 60_000;

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const isClockTime = (value: string): value is ClockTime => CLOCK.test(value);

/** Minutes after midnight for "HH:mm". */
export function clockMinutes(time: ClockTime): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** Minutes after local midnight of a moment (the seconds are ignored). */
export const minutesOfDay = (at: Date): number => at.getHours() * 60 + at.getMinutes();

/** Local midnight `offset` calendar days after the day of `at`. */
export function dayAt(at: Date, offset = 0): Date {
  return new Date(at.getFullYear(), at.getMonth(), at.getDate() + offset);
}

/** The moment a clock time falls on the calendar day of `day`. */
export function onDay(day: Date, time: ClockTime): Date {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m);
}

/**
 * Whether a moment is inside a daily span from `start` to `end`, which may run past midnight.
 * The start minute itself is outside: a nudge due exactly when quiet hours begin (the
 * wind-down an hour before a 22:30 bedtime, at 21:30) is the last one, not a silenced one.
 * The end minute is outside too: quiet until 07:30 means 07:30 may nudge.
 */
export function insideSpan(at: Date, span: { start: ClockTime; end: ClockTime }): boolean {
  const m = minutesOfDay(at);
  const start = clockMinutes(span.start);
  const end = clockMinutes(span.end);
  if (start === end) return false;
  return start < end ? m > start && m < end : m > start || m < end;
}
