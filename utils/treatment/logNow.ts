import { t } from '@/utils/catalogue';
import { toLocalInput } from './edits';

/**
 * Logging an infusion or a session from the popup (issue 14): "now" by default, or a time
 * earlier today. Pure: the popup turns the answer into saveInfusion/saveSession's input.
 */
export type LogKind = 'infusion' | 'session';

const pad = (n: number) => String(n).padStart(2, '0');

/** The value of <input type="time"> for `at`: "14:05", local time. */
export const timeInput = (at: Date) => `${pad(at.getHours())}:${pad(at.getMinutes())}`;

/**
 * The moment today at `time` ("14:05"), as the datetime-local value the treatment edits read,
 * or the sentence saying why not: only today, and not later than now.
 */
export function loggedToday(time: string, now: Date): { localInput: string } | { error: string } {
  const m = /^(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/.exec(time.trim());
  if (!m) return { error: t('logTimeMalformed') };
  const [h, mi] = [Number(m[1]), Number(m[2])];
  if (h > 23 || mi > 59) return { error: t('logTimeMalformed') };
  const at = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h, mi);
  // The same minute as now counts as now; anything later has not happened yet.
  if (Math.floor(at.getTime() / 60_000) > Math.floor(now.getTime() / 60_000)) return { error: t('logTimeLater', timeInput(now)) };
  return { localInput: toLocalInput(at) };
}
