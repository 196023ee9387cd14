import type { MeasureDue } from './schedule';
import type { MeasureSettings } from './settings';
import { dayStart } from '@/utils/time/dayKey';

/** The one alarm of the questionnaire reminder (never touched by the habit nudges' reconcile). */
export const MEASURES_ALARM = 'measures-due';
/** The reminder comes at this local hour of the due day: inside anyone's waking hours. */
export const MEASURES_NUDGE_HOUR = 10;

/**
 * When the reminder should come: 10:00 on the due day, only when the patient turned it on,
 * and only ahead of now (a due day already past 10:00 brings no late burst).
 */
export function measureNudgeAt(due: MeasureDue, settings: MeasureSettings, now: Date): number | null {
  if (!settings.nudge || due.status === 'none') return null;
  const at = dayStart(due.dueOn);
  at.setHours(MEASURES_NUDGE_HOUR);
  return at.getTime() > now.getTime() ? at.getTime() : null;
}

/** At the alarm: remind only if still due (a questionnaire answered meanwhile cancels it) and not paused. */
export function shouldRemind(due: MeasureDue, settings: MeasureSettings, pausedUntil: string | null, today: string, now: Date): boolean {
  if (!settings.nudge || due.status === 'none' || due.status === 'upcoming') return false;
  if (pausedUntil && Date.parse(pausedUntil) > now.getTime()) return false;
  return due.dueOn <= today;
}
