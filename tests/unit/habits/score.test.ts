import { describe, expect, it } from 'vitest';
import { shiftDay } from '@/utils/time/dayKey';
import type { DayMark, ScoreState } from '@/utils/habits/score';
import { advanceScore, dayMark, halfLifeDays, isPausedOn, scoreMultiplier, scoreOver } from '@/utils/habits/score';
import type { Goal, Habit } from '@/utils/habits/record';

const DAILY: Goal = { per: 'day' };
const THREE_A_WEEK: Goal = { per: 'week', times: 3 };
const WEEKLY: Goal = { per: 'week', times: 1 };

/** Days from 2026-03-02 (a Monday) marked by a pattern: d done, s skipped, - nothing. */
function days(pattern: string, from = '2026-03-02'): Array<[string, DayMark]> {
  return [...pattern].map((c, i) => [shiftDay(from, i), c === 'd' ? 'done' : c === 's' ? 'skip' : undefined]);
}
const score = (pattern: string, goal: Goal) => scoreOver(null, days(pattern), goal)!.score;

describe('the consistency score (Loop Habit Tracker, DOMAIN.md)', () => {
  it.each([
    ['daily', DAILY, 13],
    ['3 a week', THREE_A_WEEK, 19.8578],
    ['2 a week', { per: 'week', times: 2 } as Goal, 24.3208],
    ['once a week', WEEKLY, 34.3948],
  ])('halves a %s habit in %f days without a check-in', (_name, goal, halfLife) => {
    expect(halfLifeDays(goal)).toBeCloseTo(halfLife, 3);
    // m ^ halfLife = 0.5, which is what "half-life" means.
    expect(scoreMultiplier(goal) ** halfLife).toBeCloseTo(0.5, 3);
  });

  it('puts the 3-a-week half-life at about 20 days, as DOMAIN.md says', () => {
    expect(Math.round(halfLifeDays(THREE_A_WEEK))).toBe(20);
  });

  const m1 = 0.5 ** (1 / 13);
  const m3 = 0.5 ** (Math.sqrt(3 / 7) / 13);
  const m7 = 0.5 ** (Math.sqrt(1 / 7) / 13);
  it.each([
    // A daily habit done n days running from 0 scores 1 − m^n.
    ['daily, done once', 'd', DAILY, 1 - m1, 0.051922],
    ['daily, done 13 days running', 'd'.repeat(13), DAILY, 0.5, 0.5],
    ['daily, done 26 days running', 'd'.repeat(26), DAILY, 0.75, 0.75],
    ['daily, 13 done then 1 missed', 'd'.repeat(13) + '-', DAILY, 0.5 * m1, 0.474039],
    ['daily, 13 done then 13 missed', 'd'.repeat(13) + '-'.repeat(13), DAILY, 0.25, 0.25],
    ['daily, a skip in the middle of 14 days', 'dddddd' + 's' + 'ddddddd', DAILY, 0.5, 0.5],
    // 3 a week, Mon/Wed/Fri: v = 1/3, 1/3, 2/3, 2/3, 1, 1, 1 over the first week.
    [
      '3 a week, Mon/Wed/Fri for one week',
      'd-d-d--',
      THREE_A_WEEK,
      (1 - m3) * [1 / 3, 1 / 3, 2 / 3, 2 / 3, 1, 1, 1].reduce((sum, v, i) => sum + v * m3 ** (6 - i), 0),
      0.158781,
    ],
    // From the second week on the window always holds 3: v = 1 every day.
    ['3 a week, Mon/Wed/Fri for two weeks', 'd-d-d--'.repeat(2), THREE_A_WEEK, 0.158781 * m3 ** 7 + (1 - m3 ** 7), 0.341139],
    ['3 a week, a week then a week skipped', 'd-d-d--' + 'sssssss', THREE_A_WEEK, 0.158781, 0.158781],
    // Once a week: the check-in counts for the 7 days of its window, then 7 days of 0.
    ['once a week, done once then nothing for 13 days', 'd' + '-'.repeat(13), WEEKLY, (1 - m7 ** 7) * m7 ** 7, 0.11426],
    ['once a week, every Monday for 4 weeks', ('d' + '-'.repeat(6)).repeat(4), WEEKLY, 1 - m7 ** 28, 0.431228],
  ])('scores %s', (_name, pattern, goal, handWorked, value) => {
    const result = score(pattern, goal);
    expect(result).toBeCloseTo(handWorked, 5);
    expect(result).toBeCloseTo(value, 5);
  });

  it('dips after one missed day instead of starting again, as a streak would', () => {
    const before = score('d'.repeat(20), DAILY);
    const after = score('d'.repeat(20) + '-', DAILY);
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(before * 0.9);
  });

  it('leaves the score as it was on a skipped day, for any goal', () => {
    for (const goal of [DAILY, THREE_A_WEEK, WEEKLY]) {
      expect(score('d-d-d--s', goal)).toBe(score('d-d-d--', goal));
    }
  });

  it('does not count a skipped day toward the week: 2 done and a skip are 2 of 3', () => {
    const state = scoreOver(null, days('dsd'), THREE_A_WEEK)!;
    expect(state.recentDone).toEqual(['2026-03-02', '2026-03-04']);
    const withSkip = score('dsd', THREE_A_WEEK);
    const m = scoreMultiplier(THREE_A_WEEK);
    expect(withSkip).toBeCloseTo((1 - m) * ((1 / 3) * m + 2 / 3), 10);
  });

  it('never goes below 0 or above 1', () => {
    expect(score('d'.repeat(400), DAILY)).toBeLessThanOrEqual(1);
    expect(score('d'.repeat(400), DAILY)).toBeGreaterThan(0.999);
    expect(score('-'.repeat(30), THREE_A_WEEK)).toBe(0);
  });

  it('carries the rolling week across a saved state, giving the same score as one pass', () => {
    const all = days('dd-d-dd-ddd--d-d');
    const oneGo = scoreOver(null, all, THREE_A_WEEK)!;
    const saved: ScoreState = JSON.parse(JSON.stringify(scoreOver(null, all.slice(0, 9), THREE_A_WEEK)));
    expect(scoreOver(saved, all.slice(9), THREE_A_WEEK)).toEqual(oneGo);
  });

  it('keeps only the 6 days the next window needs', () => {
    const state = scoreOver(null, days('dddddddddd'), DAILY)!;
    expect(state.recentDone).toEqual(['2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10', '2026-03-11']);
  });

  it('counts the window in calendar days across the spring DST change', () => {
    // Europe moves its clocks on 29 March 2026, the US on 8 March: the same answer either way.
    for (const from of ['2026-03-05', '2026-03-26']) {
      const state = scoreOver(null, days('d------d', from), WEEKLY)!;
      expect(state.recentDone).toEqual([shiftDay(from, 7)]);
      expect(state.score).toBeCloseTo(score('d------d', WEEKLY), 12);
    }
  });

  it('refuses a day that does not follow the saved one', () => {
    const state = advanceScore(null, '2026-03-02', 'done', DAILY);
    expect(() => advanceScore(state, '2026-03-04', 'done', DAILY)).toThrow(/does not follow/);
  });
});

describe('a day as the score sees it', () => {
  const habit: Habit = {
    id: 'movement',
    preset: 'movement',
    name: 'Movement',
    direction: 'build',
    goal: WEEKLY,
    status: 'active',
    createdAt: '2026-01-01T10:00:00.000Z',
    nudges: [],
    pauses: [
      { from: '2026-02-10', until: '2026-02-12' },
      { from: '2026-03-01', until: null },
    ],
  };

  it.each([
    ['2026-02-09', undefined, undefined],
    ['2026-02-10', undefined, 'skip'],
    ['2026-02-12', undefined, 'skip'],
    ['2026-02-13', undefined, undefined],
    ['2026-02-11', 'done', 'done'],
    ['2026-03-20', undefined, 'skip'],
    ['2026-01-15', 'skip', 'skip'],
  ] as const)('on %s with check-in %s is %s (paused days count as skipped)', (day, checkin, mark) => {
    expect(dayMark(habit, day, checkin ? { movement: checkin } : {})).toBe(mark);
  });

  it('knows an open pause runs on until resumed', () => {
    expect(isPausedOn(habit, '2030-01-01')).toBe(true);
    expect(isPausedOn({ ...habit, pauses: undefined }, '2026-02-11')).toBe(false);
  });
});
