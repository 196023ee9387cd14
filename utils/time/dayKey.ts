import { addDays, startOfDay } from 'date-fns';

/**
 * History is keyed by local calendar day, "2026-11-27": the day the patient lived, which
 * stays the same whatever the time zone does later.
 */
export type DayKey = string;

const pad = (n: number) => String(n).padStart(2, '0');

export function dayKey(date: Date): DayKey {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight at the start of a day key. */
export function dayStart(key: DayKey): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** The first day of the week containing `date`, for a week starting on `weekStartsOn`. */
export function weekStart(date: Date, weekStartsOn: 0 | 1 | 6): Date {
  const day = startOfDay(date);
  const back = (day.getDay() - weekStartsOn + 7) % 7;
  return addDays(day, -back);
}

/** The 7 day keys of the week containing `date`, in order. */
export function weekDayKeys(date: Date, weekStartsOn: 0 | 1 | 6): DayKey[] {
  const first = weekStart(date, weekStartsOn);
  return Array.from({ length: 7 }, (_, i) => dayKey(addDays(first, i)));
}

/** The day keys from `from` to `to` inclusive. */
export function dayKeysBetween(from: Date, to: Date): DayKey[] {
  const keys: DayKey[] = [];
  for (let d = startOfDay(from); d <= to; d = addDays(d, 1)) keys.push(dayKey(d));
  return keys;
}

/** The locale's first day of the week (Intl.Locale weekInfo where supported), else Monday. */
export function localeWeekStart(locale = Intl.DateTimeFormat().resolvedOptions().locale): 0 | 1 | 6 {
  const info = new Intl.Locale(locale) as Intl.Locale & {
    weekInfo?: { firstDay: number };
    getWeekInfo?: () => { firstDay: number };
  };
  const firstDay = (info.getWeekInfo?.() ?? info.weekInfo)?.firstDay ?? 1;
  // Intl numbers days 1 Monday … 7 Sunday.
  return firstDay === 7 ? 0 : firstDay === 6 ? 6 : 1;
}

/** Whole days since 1970-01-01 for a day key: day arithmetic that no DST change can shift. */
function dayNumber(key: DayKey): number {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** The day key `days` days after `key` (before, if negative). */
export function shiftDay(key: DayKey, days: number): DayKey {
  const date = new Date((dayNumber(key) + days) * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** How many days `to` is after `from` (negative if before). */
export function daysFrom(from: DayKey, to: DayKey): number {
  return dayNumber(to) - dayNumber(from);
}
