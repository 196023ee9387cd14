import * as dateFns from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, differenceInCalendarDays, isSameDay, localDay, startOfDay } from '@/utils/time/localDays';

// Instants around the DST changes of both suites' zones (Los Angeles, Berlin) and elsewhere.
const date = fc.date({ min: new Date('2025-01-01'), max: new Date('2028-12-31'), noInvalidDate: true });

describe('local calendar days without date-fns, for the first paint', () => {
  it('agree with date-fns on start of day, adding days, same day and days between', () => {
    fc.assert(
      fc.property(date, date, fc.integer({ min: -400, max: 400 }), (a, b, n) => {
        expect(startOfDay(a)).toEqual(dateFns.startOfDay(a));
        expect(addDays(a, n)).toEqual(dateFns.addDays(a, n));
        expect(localDay(a, n)).toEqual(dateFns.startOfDay(dateFns.addDays(a, n)));
        expect(localDay(a, n, 6)).toEqual(dateFns.setHours(dateFns.startOfDay(dateFns.addDays(a, n)), 6));
        expect(isSameDay(a, b)).toBe(dateFns.isSameDay(a, b));
        expect(differenceInCalendarDays(a, b)).toBe(dateFns.differenceInCalendarDays(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('counts one calendar day across the spring-forward night', () => {
    expect(differenceInCalendarDays(new Date(2026, 2, 29, 12), new Date(2026, 2, 28, 12))).toBe(1);
    expect(differenceInCalendarDays(new Date(2026, 2, 9, 0), new Date(2026, 2, 8, 0))).toBe(1);
  });
});
