import { describe, expect, it } from 'vitest';
import type { BackupData } from '@/utils/backup/format';
import { emptyBackupData } from '@/utils/backup/format';
import { dataCounts, mergeBackupData, replaceBackupData } from '@/utils/backup/merge';
import type { Habit } from '@/utils/habits/record';
import { DEFAULT_PROTOCOL } from '@/utils/treatment/record';

const habit = (id: string, name = id): Habit => ({
  id,
  preset: null,
  name,
  direction: 'build',
  goal: { per: 'day' },
  status: 'active',
  createdAt: '2026-11-01T08:00:00.000Z',
  nudges: [],
});

function data(fill: (d: BackupData) => void): BackupData {
  const d = emptyBackupData();
  fill(d);
  return d;
}

const mine = data((d) => {
  d.treatment.infusions = [
    { at: '2026-11-16T09:00:00.000Z', kind: 'infusion' },
    { at: '2026-11-20T09:00:00.000Z', kind: 'infusion', note: 'mine' },
  ];
  d.treatment.protocol = { ...DEFAULT_PROTOCOL, windowHours: 72 };
  d.habits.habits = [habit('morning-light', 'Morning light outside')];
  d.settings.bedtime = '23:00';
  d.history.checkins = { '2026-11-20': { 'morning-light': 'done' } };
  d.history.nudges = { '2026-11-20': [{ at: '2026-11-20T07:00:00.000Z', habitId: 'morning-light', outcome: 'shown' }] };
});

const file = data((d) => {
  d.treatment.infusions = [
    // Same minute as one of mine, a few seconds later and with another note: a duplicate.
    { at: '2026-11-20T09:00:30.000Z', kind: 'booster', note: 'from the file' },
    { at: '2026-11-13T09:00:00.000Z', kind: 'infusion' },
  ];
  d.treatment.sessions = [{ at: '2026-11-18T15:00:00.000Z', kind: 'kap' }];
  d.habits.habits = [habit('morning-light', 'Renamed in the file'), habit('custom-walk', 'Walk the dog')];
  d.history.checkins = {
    '2026-11-19': { 'custom-walk': 'done' },
    '2026-11-20': { 'morning-light': 'skip', 'custom-walk': 'done' },
  };
  d.history.nudges = {
    '2026-11-20': [
      { at: '2026-11-20T07:00:00.000Z', habitId: 'morning-light', outcome: 'shown' },
      { at: '2026-11-20T06:59:00.000Z', habitId: 'custom-walk', outcome: 'dropped', reason: 'quiet-hours' },
    ],
  };
});

describe('merging a backup into the patient’s data', () => {
  const merged = mergeBackupData(mine, file);

  it('adds new infusions in time order and skips one in the same minute as an existing one', () => {
    expect(merged.treatment.infusions).toEqual([
      { at: '2026-11-13T09:00:00.000Z', kind: 'infusion' },
      { at: '2026-11-16T09:00:00.000Z', kind: 'infusion' },
      { at: '2026-11-20T09:00:00.000Z', kind: 'infusion', note: 'mine' },
    ]);
    expect(merged.treatment.sessions).toEqual(file.treatment.sessions);
  });

  it('keeps the patient’s own protocol and settings', () => {
    expect(merged.treatment.protocol.windowHours).toBe(72);
    expect(merged.settings.bedtime).toBe('23:00');
  });

  it('adds habits by id, keeping the patient’s version of one they both have', () => {
    expect(merged.habits.habits.map((h) => h.name)).toEqual(['Morning light outside', 'Walk the dog']);
  });

  it('adds check-ins day by day; on a day both have, the patient’s entry for a habit wins', () => {
    expect(merged.history.checkins).toEqual({
      '2026-11-19': { 'custom-walk': 'done' },
      '2026-11-20': { 'morning-light': 'done', 'custom-walk': 'done' },
    });
  });

  it('adds logged nudges without doubling one already logged, in time order', () => {
    expect(merged.history.nudges['2026-11-20']!.map((n) => `${n.habitId} ${n.outcome}`)).toEqual([
      'custom-walk dropped',
      'morning-light shown',
    ]);
  });

  it('changes nothing when merging the same data twice', () => {
    expect(mergeBackupData(merged, file)).toEqual(merged);
    expect(mergeBackupData(mine, mine)).toEqual(mine);
  });
});

describe('replacing with a backup', () => {
  it('takes the file’s data whole, protocol and settings included', () => {
    const replaced = replaceBackupData(file);
    expect(replaced.treatment.protocol).toEqual(DEFAULT_PROTOCOL);
    expect(replaced.habits.habits.map((h) => h.id)).toEqual(['morning-light', 'custom-walk']);
    expect(replaced.history).toEqual(file.history);
  });

  it('stores an entry the file lists twice only once', () => {
    const twice = data((d) => {
      d.treatment.infusions = [
        { at: '2026-11-20T09:00:00.000Z', kind: 'infusion' },
        { at: '2026-11-20T09:00:00.000Z', kind: 'infusion' },
      ];
      d.habits.habits = [habit('movement'), habit('movement')];
    });
    const replaced = replaceBackupData(twice);
    expect(replaced.treatment.infusions).toHaveLength(1);
    expect(replaced.habits.habits).toHaveLength(1);
  });
});

describe('counting what data holds', () => {
  it('counts entries and gives the first and last date, in time order whatever the offsets', () => {
    const counts = dataCounts(
      data((d) => {
        d.treatment.infusions = [
          { at: '2026-11-20T09:00:00.000+01:00', kind: 'infusion' },
          { at: '2026-11-20T08:30:00.000Z', kind: 'infusion' },
        ];
        d.history.checkins = { '2026-11-02': { a: 'done' }, '2026-11-01': {}, '2026-11-05': { a: 'skip' } };
        d.history.nudges = { '2026-11-03': [], '2026-11-04': [{ at: '2026-11-04T08:00:00.000Z', habitId: 'a', outcome: 'shown' }] };
      }),
    );
    expect(counts.infusions).toEqual({ count: 2, first: '2026-11-20T09:00:00.000+01:00', last: '2026-11-20T08:30:00.000Z' });
    expect(counts.checkinDays).toEqual({ count: 2, first: '2026-11-02', last: '2026-11-05' });
    expect(counts.nudges).toEqual({ count: 1, first: '2026-11-04', last: '2026-11-04' });
  });
});
