import { clockMinutes, dayAt, insideSpan, minutesOfDay, MINUTE_MS, onDay } from '@/utils/time/clockTime';
import type { Settings } from '@/utils/settings/record';

/** The pause lengths the popup offers, in minutes, or until the quiet hours of the night end. */
export const PAUSE_CHOICES = [30, 60, 120, 'morning'] as const;
export type PauseChoice = (typeof PAUSE_CHOICES)[number];

/**
 * When a pause chosen at `now` ends; it ends on its own (people forget to switch back on).
 * "Tomorrow morning" is when the quiet hours end: the end of the ones under way, or else of
 * the coming night's.
 */
export function pauseEnd(choice: PauseChoice, now: Date, settings: Settings): Date {
  if (choice !== 'morning') return new Date(now.getTime() + choice * MINUTE_MS);
  const { quietHours } = settings;
  const inQuiet = insideSpan(now, quietHours) || minutesOfDay(now) === clockMinutes(quietHours.start);
  if (inQuiet && minutesOfDay(now) < clockMinutes(quietHours.end)) return onDay(now, quietHours.end);
  return onDay(dayAt(now, 1), quietHours.end);
}

/** The end of the pause in force at `now`, or null. */
export function activePause(settings: Settings, now: Date): Date | null {
  const until = settings.pausedUntil === null ? NaN : Date.parse(settings.pausedUntil);
  return until > now.getTime() ? new Date(until) : null;
}
