import { describe, expect, it } from 'vitest';
import { loggedToday, timeInput } from '@/utils/treatment/logNow';

const now = new Date(2026, 10, 27, 14, 5, 30); // Friday 27 November 2026, 14:05:30 local

describe('logging from the popup: a time earlier today', () => {
  it('takes now, to the minute', () => {
    expect(loggedToday(timeInput(now), now)).toEqual({ localInput: '2026-11-27T14:05' });
  });

  it('takes any earlier time today', () => {
    expect(loggedToday('08:30', now)).toEqual({ localInput: '2026-11-27T08:30' });
    expect(loggedToday('00:00', now)).toEqual({ localInput: '2026-11-27T00:00' });
  });

  it('refuses a time that has not come yet, saying until when', () => {
    expect(loggedToday('14:06', now)).toEqual({ error: 'That time has not come yet today. Enter 14:05 or earlier.' });
  });

  it.each(['', '9:30', '24:00', '12:60', 'noon'])('refuses "%s" with a sentence that shows the form', (time) => {
    expect(loggedToday(time, now)).toEqual({ error: 'Enter a time such as 09:30.' });
  });
});
