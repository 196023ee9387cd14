import { describe, expect, it } from 'vitest';
import { dayKey, dayKeysBetween, dayStart, localeWeekStart, weekDayKeys, weekStart } from '@/utils/time/dayKey';

describe('day keys', () => {
  it('names the local calendar day, just before and after midnight', () => {
    expect(dayKey(new Date(2026, 10, 27, 23, 59, 59))).toBe('2026-11-27');
    expect(dayKey(new Date(2026, 10, 28, 0, 0, 0))).toBe('2026-11-28');
    expect(dayStart('2026-11-28').getTime()).toBe(new Date(2026, 10, 28).getTime());
  });

  it('starts the week on Monday or Sunday as asked', () => {
    const friday = new Date(2026, 10, 27, 12);
    expect(dayKey(weekStart(friday, 1))).toBe('2026-11-23');
    expect(dayKey(weekStart(friday, 0))).toBe('2026-11-22');
    expect(dayKey(weekStart(friday, 6))).toBe('2026-11-21');
    const sunday = new Date(2026, 10, 29, 0, 0);
    expect(dayKey(weekStart(sunday, 1))).toBe('2026-11-23');
    expect(dayKey(weekStart(sunday, 0))).toBe('2026-11-29');
  });

  it('lists 7 distinct days for a week that crosses a DST change', () => {
    // Europe: 25 Oct 2026; US: 1 Nov 2026.
    for (const day of [new Date(2026, 9, 25, 12), new Date(2026, 10, 1, 12)]) {
      const keys = weekDayKeys(day, 1);
      expect(new Set(keys).size).toBe(7);
      expect(keys).toContain(dayKey(day));
    }
    expect(weekDayKeys(new Date(2026, 9, 25, 12), 1)).toEqual([
      '2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-24', '2026-10-25',
    ]);
  });

  it('counts the days between two dates inclusive, across the spring change', () => {
    expect(dayKeysBetween(new Date(2026, 2, 7, 12), new Date(2026, 2, 10, 1))).toEqual(['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10']);
    expect(dayKeysBetween(new Date(2026, 2, 28, 12), new Date(2026, 2, 30, 12))).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });

  it("takes the locale's week start: Sunday in the US, Monday in Germany", () => {
    expect(localeWeekStart('en-US')).toBe(0);
    expect(localeWeekStart('de-DE')).toBe(1);
  });
});
