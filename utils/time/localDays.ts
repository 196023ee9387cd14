/**
 * Local calendar-day arithmetic, as date-fns does it for a plain Date, in a few lines: the
 * popup's first paint (utils/treatment/phaseAt.ts, utils/time/format.ts) has a 12 KB budget,
 * and date-fns' versions carry their time-zone-aware construction (issue 15 made room this way).
 * tests/unit/time/localDays.test.ts holds them to date-fns' answers, across DST changes.
 */
const DAY_MS = 86_400_000;

/**
 * The start of the local day `days` calendar days after `date`'s, or that day's `hour`
 * (the Date constructor rolls day 32 over into the next month).
 */
export const localDay = (date: Date, days = 0, hour = 0) => new Date(date.getFullYear(), date.getMonth(), date.getDate() + days, hour);

/** Local midnight at the start of `date`'s day. */
export const startOfDay = (date: Date) => localDay(date);

/** The same local time `days` calendar days later (23 or 25 real hours across a DST change). */
export const addDays = (date: Date, days: number) => {
  const out = new Date(date);
  out.setDate(out.getDate() + days);
  return out;
};

/** Calendar days from `earlier` to `later`, counting midnights; a DST hour rounds away. */
export const differenceInCalendarDays = (later: Date, earlier: Date) =>
  Math.round((localDay(later).getTime() - localDay(earlier).getTime()) / DAY_MS);

export const isSameDay = (a: Date, b: Date) => localDay(a).getTime() === localDay(b).getTime();
