import { isSameDay, localDay } from './localDays';
import { t } from '@/utils/catalogue';
import { dateFormat, relativeFormat } from '@/utils/time/intl';

// Dates and times in the patient's own locale, through Intl: smaller than date-fns'
// formatters with their locale data, and right for people outside the US.
const timeFormat = dateFormat({ hour: 'numeric', minute: '2-digit' });
const dayFormat = dateFormat({ weekday: 'short', day: 'numeric', month: 'short' });
const fullFormat = dateFormat({
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});


export const formatClock = (date: Date) => timeFormat.format(date);
export const formatFull = (date: Date) => fullFormat.format(date);

/** "today 2:00 PM", "tomorrow 9:30 AM", "Tue, Dec 1 9:30 AM"; without the time if asked. */
export function friendlyMoment(date: Date, now: Date, withTime = true): string {
  const day = isSameDay(date, now) ? t('today') : isSameDay(date, localDay(now, 1)) ? t('tomorrow') : dayFormat.format(date);
  return withTime ? `${day} ${formatClock(date)}` : day;
}

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "10 hours ago", "in 3 days": the largest whole unit, rounded to the nearest. */
export function relativeTime(at: string | Date, now: Date): string {
  const diff = new Date(at).getTime() - now.getTime();
  const [unit, ms] = UNITS.find(([, size]) => Math.abs(diff) >= size) ?? UNITS.at(-1)!;
  return relativeFormat().format(Math.round(diff / ms), unit);
}
