import { describe, expect, it } from 'vitest';
import type { HabitEditResult } from '@/utils/habits/edits';
import {
  addCustomHabit,
  archiveHabit,
  checkBackfillDay,
  enablePreset,
  parseGoal,
  pauseHabit,
  renameHabit,
  restoreHabit,
  resumeHabit,
  setActivity,
  setGoal,
} from '@/utils/habits/edits';
import type { HabitsRecord } from '@/utils/habits/record';
import { EMPTY_HABITS, HabitsRecordSchema, PRESETS } from '@/utils/habits/record';
import * as v from 'valibot';

const now = new Date(2026, 10, 27, 9, 30);
const today = '2026-11-27';

function ok(result: HabitEditResult): HabitsRecord {
  if (!result.ok) throw new Error(`expected ok, got: ${result.error}`);
  // Every edit leaves a record the stored format accepts.
  expect(v.safeParse(HabitsRecordSchema, result.record).success).toBe(true);
  return result.record;
}
const error = (result: HabitEditResult) => (result.ok ? null : result.error);

const withMovement = () => ok(enablePreset(EMPTY_HABITS, 'movement', 'Movement', now));
const custom = (name: string, extra: Partial<{ per: 'day' | 'week'; times: string }> = {}) => ({
  name,
  direction: 'build' as const,
  per: 'week' as const,
  times: '3',
  ...extra,
});

describe('switching presets on and off', () => {
  it("switches a preset on with its defaults: movement at 1 a week", () => {
    const record = withMovement();
    expect(record.habits).toEqual([
      {
        id: 'movement',
        preset: 'movement',
        name: 'Movement',
        direction: 'build',
        goal: { per: 'week', times: 1 },
        status: 'active',
        createdAt: now.toISOString(),
        nudges: PRESETS.movement.nudges,
        goalSince: today,
      },
    ]);
  });

  it("takes a clinic profile's goal and nudges over the defaults", () => {
    const record = ok(enablePreset(EMPTY_HABITS, 'morning-light', 'Morning light outside', now, { nudges: [{ kind: 'clock', time: '07:30', weekdays: [1, 2, 3, 4, 5] }] }));
    expect(record.habits[0]!.nudges).toEqual([{ kind: 'clock', time: '07:30', weekdays: [1, 2, 3, 4, 5] }]);
    expect(record.habits[0]!.goal).toEqual({ per: 'day' });
  });

  it('switching off archives, keeping the habit; switching on again brings the same one back', () => {
    const archived = ok(archiveHabit(withMovement(), 'movement', '2026-11-28'));
    expect(archived.habits[0]).toMatchObject({ status: 'archived', createdAt: now.toISOString(), pauses: [{ from: '2026-11-28', until: null }] });
    const back = ok(enablePreset(archived, 'movement', 'Movement', new Date(2026, 11, 10, 8)));
    expect(back.habits).toHaveLength(1);
    // The days it was archived count as paused, so its score starts where it left off.
    expect(back.habits[0]).toMatchObject({ status: 'active', createdAt: now.toISOString(), pauses: [{ from: '2026-11-28', until: '2026-12-09' }] });
  });

  it('switching on a preset already on changes nothing', () => {
    const record = withMovement();
    expect(ok(enablePreset(record, 'movement', 'Movement', now))).toBe(record);
  });
});

describe('the patient\'s own habits', () => {
  it('adds one to build and one to stop', () => {
    let record = ok(addCustomHabit(EMPTY_HABITS, custom('  Stretch   at lunch '), now, 'custom-a1'));
    record = ok(addCustomHabit(record, { ...custom('No phone after 22:00', { per: 'day' }), direction: 'stop' }, now, 'custom-b2'));
    expect(record.habits.map((h) => [h.id, h.name, h.direction, h.goal])).toEqual([
      ['custom-a1', 'Stretch at lunch', 'build', { per: 'week', times: 3 }],
      ['custom-b2', 'No phone after 22:00', 'stop', { per: 'day' }],
    ]);
  });

  it.each([
    ['an empty name', custom('   '), 'name', 'Please give the habit a name.'],
    ['a name over 80 characters', custom('x'.repeat(81)), 'name', 'Please keep the name to 80 characters or fewer.'],
    ['0 times a week', custom('Stretch', { times: '0' }), 'times', 'Enter a whole number of times a week, from 1 to 7.'],
    ['8 times a week', custom('Stretch', { times: '8' }), 'times', 'Enter a whole number of times a week, from 1 to 7.'],
    ['2.5 times a week', custom('Stretch', { times: '2.5' }), 'times', 'Enter a whole number of times a week, from 1 to 7.'],
    ['no number of times', custom('Stretch', { times: '' }), 'times', 'Enter a whole number of times a week, from 1 to 7.'],
    ['words for times', custom('Stretch', { times: 'twice' }), 'times', 'Enter a whole number of times a week, from 1 to 7.'],
  ])('refuses %s with a sentence next to the field', (_name, input, field, sentence) => {
    expect(addCustomHabit(EMPTY_HABITS, input, now, 'custom-a1')).toEqual({ ok: false, field, error: sentence });
  });

  it('accepts a name of exactly 80 characters', () => {
    expect(ok(addCustomHabit(EMPTY_HABITS, custom('x'.repeat(80)), now, 'custom-a1')).habits[0]!.name).toHaveLength(80);
  });

  it('refuses a second habit of the same name, but not of an archived one', () => {
    const record = ok(addCustomHabit(EMPTY_HABITS, custom('Stretch'), now, 'custom-a1'));
    expect(error(addCustomHabit(record, custom('stretch'), now, 'custom-b2'))).toBe('You already have a habit called "stretch".');
    const archived = ok(archiveHabit(record, 'custom-a1', today));
    expect(ok(addCustomHabit(archived, custom('Stretch'), now, 'custom-b2')).habits).toHaveLength(2);
    // …and then the archived one cannot come back under the same name.
    const both = ok(addCustomHabit(archived, custom('Stretch'), now, 'custom-b2'));
    expect(error(restoreHabit(both, 'custom-a1', now))).toBe('You already have a habit called "Stretch".');
  });

  it('refuses a 51st habit', () => {
    let record = EMPTY_HABITS;
    for (let i = 0; i < 50; i++) record = ok(addCustomHabit(record, custom(`Habit ${i}`), now, `custom-${i}`));
    expect(error(addCustomHabit(record, custom('One more'), now, 'custom-x'))).toMatch(/up to 50 habits/);
  });

  it('renames, with the same rules for names', () => {
    const record = ok(addCustomHabit(EMPTY_HABITS, custom('Stretch'), now, 'custom-a1'));
    expect(ok(renameHabit(record, 'custom-a1', 'Stretch after lunch')).habits[0]!.name).toBe('Stretch after lunch');
    expect(error(renameHabit(record, 'custom-a1', ''))).toBe('Please give the habit a name.');
    expect(ok(renameHabit(record, 'custom-a1', 'STRETCH')).habits[0]!.name).toBe('STRETCH');
  });
});

describe('goals', () => {
  it('sets movement to 2 a week, from today', () => {
    const record = ok(setGoal(withMovement(), 'movement', 'week', '2', '2026-12-01'));
    expect(record.habits[0]).toMatchObject({ goal: { per: 'week', times: 2 }, goalSince: '2026-12-01' });
  });

  it('switches between daily and N a week', () => {
    const daily = ok(setGoal(withMovement(), 'movement', 'day', 'anything', today));
    expect(daily.habits[0]!.goal).toEqual({ per: 'day' });
    expect(ok(setGoal(daily, 'movement', 'week', '4', today)).habits[0]!.goal).toEqual({ per: 'week', times: 4 });
  });

  it('keeps the count for offers going when the goal is set to what it already is', () => {
    const record = withMovement();
    expect(ok(setGoal(record, 'movement', 'week', '1', '2026-12-20'))).toBe(record);
  });

  it.each(['0', '8', '-1', '1.5', '', 'x'])('refuses %j times a week', (raw) => {
    expect(setGoal(withMovement(), 'movement', 'week', raw, today)).toEqual({
      ok: false,
      field: 'times',
      error: 'Enter a whole number of times a week, from 1 to 7.',
    });
  });

  it('parses a goal from the form', () => {
    expect(parseGoal('week', ' 7 ')).toEqual({ goal: { per: 'week', times: 7 } });
    expect(parseGoal('day', '')).toEqual({ goal: { per: 'day' } });
  });

  it('says so when the habit is gone', () => {
    expect(error(setGoal(EMPTY_HABITS, 'movement', 'week', '2', today))).toBe('That habit is no longer there. Reload the page and try again.');
  });
});

describe('movement kind', () => {
  it('keeps a chosen kind or the patient\'s own word, and clears on empty', () => {
    const walk = ok(setActivity(withMovement(), 'movement', 'walk'));
    expect(walk.habits[0]!.activity).toBe('walk');
    expect(ok(setActivity(walk, 'movement', ' Dancing ')).habits[0]!.activity).toBe('Dancing');
    expect(ok(setActivity(walk, 'movement', '')).habits[0]).not.toHaveProperty('activity');
    expect(error(setActivity(walk, 'movement', 'x'.repeat(41)))).toBe('Please keep it to 40 characters or fewer.');
  });
});

describe('pause, resume, archive', () => {
  it('pauses from today and resumes, recording the days it rested', () => {
    const paused = ok(pauseHabit(withMovement(), 'movement', '2026-11-27'));
    expect(paused.habits[0]).toMatchObject({ status: 'paused', pauses: [{ from: '2026-11-27', until: null }] });
    const resumed = ok(resumeHabit(paused, 'movement', '2026-12-03'));
    expect(resumed.habits[0]).toMatchObject({ status: 'active', pauses: [{ from: '2026-11-27', until: '2026-12-02' }] });
  });

  it('leaves no pause behind when paused and resumed on the same day', () => {
    const resumed = ok(resumeHabit(ok(pauseHabit(withMovement(), 'movement', today)), 'movement', today));
    expect(resumed.habits[0]!.status).toBe('active');
    expect(resumed.habits[0]).not.toHaveProperty('pauses');
  });

  it('archives a paused habit without opening a second pause', () => {
    const paused = ok(pauseHabit(withMovement(), 'movement', '2026-11-20'));
    expect(ok(archiveHabit(paused, 'movement', today)).habits[0]!.pauses).toEqual([{ from: '2026-11-20', until: null }]);
  });

  it('keeps at most 100 pauses, dropping the oldest', () => {
    let record = withMovement();
    for (let i = 0; i < 105; i++) {
      const day = `2027-${String(1 + Math.floor(i / 25)).padStart(2, '0')}-${String(1 + (i % 25)).padStart(2, '0')}`;
      record = ok(pauseHabit(record, 'movement', day));
      record = ok(resumeHabit(record, 'movement', day.replace(/-(\d\d)$/, (_, d) => `-${String(Number(d) + 2).padStart(2, '0')}`)));
    }
    expect(record.habits[0]!.pauses).toHaveLength(100);
    expect(record.habits[0]!.pauses![0]!.from).toBe('2027-01-06');
  });
});

describe('backfill reach', () => {
  it.each([
    ['2026-11-27', null],
    ['2026-11-21', null],
    ['2026-11-20', 'You can fill in today and the 6 days before it.'],
    ['2026-11-28', 'You can fill in today and the 6 days before it.'],
  ])('%s from 27 November: %s', (day, expected) => {
    expect(checkBackfillDay(day, today)).toBe(expected);
  });
});
