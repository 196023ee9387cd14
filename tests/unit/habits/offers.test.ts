import { describe, expect, it } from 'vitest';
import type { WeekTally } from '@/utils/habits/offers';
import { acceptOffer, declineOffer, goalOffer } from '@/utils/habits/offers';
import type { Habit } from '@/utils/habits/record';

const THIS_WEEK = '2026-11-23';
const movement = (times: number, extra: Partial<Habit> = {}): Habit => ({
  id: 'movement',
  preset: 'movement',
  name: 'Movement',
  direction: 'build',
  goal: { per: 'week', times },
  status: 'active',
  createdAt: '2026-09-01T10:00:00.000Z',
  nudges: [],
  ...extra,
});
/** The last completed weeks, most recent last: n done (x: with a skipped day). */
function weeks(...counts: Array<number | `${number}x`>): WeekTally[] {
  const starts = ['2026-10-26', '2026-11-02', '2026-11-09', '2026-11-16'].slice(-counts.length);
  return counts.map((c, i) => ({ start: starts[i]!, done: parseInt(String(c), 10), excused: String(c).endsWith('x') ? 1 : 0 }));
}

describe('start small, grow gently: goal offers', () => {
  it.each([
    ['met two weeks running', 2, weeks(2, 2), { kind: 'grow', from: 2, to: 3 }],
    ['met and more two weeks running', 1, weeks(3, 1), { kind: 'grow', from: 1, to: 2 }],
    ['met, then short', 2, weeks(2, 1), null],
    ['short, then met', 2, weeks(1, 2), null],
    ['met only once so far', 2, weeks(2), null],
    ['two missed weeks', 3, weeks(1, 0), { kind: 'shrink', from: 3, to: 2 }],
    ['two missed weeks at 1 a week (nothing smaller to offer)', 1, weeks(0, 0), null],
    ['met two weeks running at 7 a week (nothing more to offer)', 7, weeks(7, 7), null],
    ['met, a week with a skip, met: the skipped week neither breaks nor counts', 2, weeks(2, '0x', 2), { kind: 'grow', from: 2, to: 3 }],
    ['missed, a week with a skip, missed', 2, weeks(0, '1x', 1), { kind: 'shrink', from: 2, to: 1 }],
    ['a met week with a skip still counts as met', 2, weeks('2x', 2), { kind: 'grow', from: 2, to: 3 }],
    ['two weeks with skips: nothing to go on', 2, weeks('0x', '1x'), null],
  ] as const)('%s → %j', (_name, times, tallies, expected) => {
    const offer = goalOffer(movement(times), tallies, THIS_WEEK, {});
    expect(offer).toEqual(expected && { habitId: 'movement', ...expected });
  });

  it('never offers for a daily goal, a paused or an archived habit', () => {
    expect(goalOffer(movement(2, { goal: { per: 'day' } }), weeks(7, 7), THIS_WEEK, {})).toBeNull();
    expect(goalOffer(movement(2, { status: 'paused' }), weeks(2, 2), THIS_WEEK, {})).toBeNull();
    expect(goalOffer(movement(2, { status: 'archived' }), weeks(2, 2), THIS_WEEK, {})).toBeNull();
  });

  it('remembers "not now" for the week it was said, and asks again the week after', () => {
    expect(goalOffer(movement(2), weeks(2, 2), THIS_WEEK, { movement: THIS_WEEK })).toBeNull();
    const nextWeek = [...weeks(2, 2), { start: THIS_WEEK, done: 2, excused: 0 }];
    expect(goalOffer(movement(2), nextWeek, '2026-11-30', { movement: THIS_WEEK })).toMatchObject({ kind: 'grow', to: 3 });
  });

  it('counts only full weeks under the goal in force: a goal just raised is not "missed"', () => {
    // Raised from 2 to 3 on Wednesday 11 November: that week and before were under the old goal.
    const raised = movement(3, { goalSince: '2026-11-11' });
    expect(goalOffer(raised, weeks(2, 2, 2, 2), THIS_WEEK, {})).toBeNull();
    expect(goalOffer(raised, weeks(2, 2, 3, 3), THIS_WEEK, {})).toBeNull();
    // Two full weeks later, at the new goal: offered again.
    expect(goalOffer(raised, weeks(2, 2, 3, 3), '2026-11-30', {})).toBeNull();
    const later = [...weeks(2, 2, 3, 3), { start: THIS_WEEK, done: 3, excused: 0 }];
    expect(goalOffer(raised, later, '2026-11-30', {})).toMatchObject({ kind: 'grow', from: 3, to: 4 });
  });

  it('does not count the weeks before the habit began', () => {
    const young = movement(1, { createdAt: '2026-11-10T09:00:00.000Z' });
    expect(goalOffer(young, weeks(1, 1, 1, 1), THIS_WEEK, {})).toBeNull();
  });

  it('ignores weeks older than 4 before this one, and weeks not yet over', () => {
    const old = [{ start: '2026-10-19', done: 2, excused: 0 }, ...weeks('0x', '0x', '0x', 2)];
    expect(goalOffer(movement(2), old, THIS_WEEK, {})).toBeNull();
    const current = [...weeks(2), { start: THIS_WEEK, done: 2, excused: 0 }];
    expect(goalOffer(movement(2), current, THIS_WEEK, {})).toBeNull();
  });
});

describe('answers to offers', () => {
  it('"yes" sets the offered goal from today and settles any "not now"', () => {
    const declined = declineOffer({ habits: [movement(1)], offersDeclined: {} }, 'movement', '2026-11-16');
    const record = acceptOffer(declined, { habitId: 'movement', kind: 'grow', from: 1, to: 2 }, '2026-11-27');
    expect(record.habits[0]).toMatchObject({ goal: { per: 'week', times: 2 }, goalSince: '2026-11-27' });
    expect(record.offersDeclined).toEqual({});
  });

  it('"not now" is remembered for this week', () => {
    expect(declineOffer({ habits: [movement(1)], offersDeclined: {} }, 'movement', '2026-11-23').offersDeclined).toEqual({ movement: '2026-11-23' });
  });
});

