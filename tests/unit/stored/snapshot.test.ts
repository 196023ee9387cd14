import { describe, expect, it } from 'vitest';
import { crisisCountryFor } from '@/utils/crisis/countries';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import { checkSnapshot, EMPTY_SNAPSHOT, settleSnapshot } from '@/utils/stored/snapshot';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';
import { morningLight } from '@/tests/support/habitFixtures';

const now = new Date('2026-11-27T10:00:00.000Z');
const good = { at: '2026-11-20T09:00:00.000Z', kind: 'infusion' as const };
const badEverywhere = {
  treatment: { ...EMPTY_TREATMENT, infusions: [good, { at: 'soon', kind: 'infusion' }] },
  habits: { habits: [morningLight, { id: 'Not An Id' }], offersDeclined: {} },
  settings: { ...DEFAULT_SETTINGS, bedtime: '25:99' },
};

describe('checking what storage.local holds', () => {
  it('reads nothing stored as a fresh install, with nothing to set aside', () => {
    expect(checkSnapshot({})).toEqual({ snapshot: EMPTY_SNAPSHOT, rejected: [], cleaned: {} });
  });

  it('keeps every valid part and names each refused value with where it was', () => {
    const { snapshot, rejected, cleaned } = checkSnapshot(badEverywhere);
    expect(snapshot.treatment.infusions).toEqual([good]);
    expect(snapshot.habits.habits.map((h) => h.id)).toEqual(['morning-light']);
    expect(snapshot.settings.bedtime).toBe(DEFAULT_SETTINGS.bedtime);
    expect(rejected.map((r) => r.path)).toEqual(['treatment.infusions[1]', 'habits.habits[1]', 'settings.bedtime']);
    expect(Object.keys(cleaned).sort()).toEqual(['habits', 'settings', 'treatment']);
  });

  it('sets aside an unreadable clinic, nudge state or recovery list instead of using it', () => {
    const { snapshot, rejected } = checkSnapshot({ clinic: { profile: 'x' }, nudgeState: { snoozes: 3 }, recovery: 'oops' });
    expect(snapshot.clinic).toBeNull();
    expect(snapshot.nudgeState).toEqual(EMPTY_SNAPSHOT.nudgeState);
    expect(rejected.map((r) => r.path)).toEqual(['nudgeState', 'clinic', 'recovery']);
  });

  it('reads a settings record stored before the country for crisis lines (issue 13) as it was, the browser’s region deciding', () => {
    // As an Afterglow from before issue 13 wrote it: no crisisCountry.
    const older = {
      weekStartsOn: 1,
      workingHours: { days: [1, 2, 3, 4], start: '08:30', end: '16:00' },
      quietHours: { start: '22:00', end: '07:00' },
      bedtime: '23:00',
      pausedUntil: null,
    };
    const { snapshot, rejected, cleaned } = checkSnapshot({ settings: older });
    expect(rejected).toEqual([]);
    expect(cleaned).toEqual({});
    expect(snapshot.settings).toEqual(older);
    expect(crisisCountryFor(snapshot.settings.crisisCountry, 'en-GB')).toBe('GB');
    expect(crisisCountryFor(snapshot.settings.crisisCountry, 'en-US')).toBe('US');
  });

  it('keeps the country chosen for crisis lines, and sets aside one it has no lines for without losing the other settings', () => {
    expect(checkSnapshot({ settings: { ...DEFAULT_SETTINGS, crisisCountry: 'CA' } }).snapshot.settings.crisisCountry).toBe('CA');
    const { snapshot, rejected } = checkSnapshot({ settings: { ...DEFAULT_SETTINGS, bedtime: '23:45', crisisCountry: 'Atlantis' } });
    expect(rejected.map((r) => r.path)).toEqual(['settings.crisisCountry']);
    expect(snapshot.settings).toEqual({ ...DEFAULT_SETTINGS, bedtime: '23:45' });
  });

  it('reads an unreadable nudge schedule as none without setting it aside: it only repeats the alarms', () => {
    expect(checkSnapshot({ nudgeSchedule: { 'nudge:a:0': 'soon' } })).toMatchObject({ snapshot: { nudgeSchedule: {} }, rejected: [] });
  });
});

describe('settling refused values', () => {
  it('writes nothing when everything reads clean', () => {
    expect(settleSnapshot({ treatment: EMPTY_TREATMENT }, now).write).toBeNull();
  });

  it('writes the clean records and appends each refused value to recovery, in one write', () => {
    const earlier = { path: 'clinic', value: 1, problem: 'old', keptAt: '2026-11-01T00:00:00.000Z' };
    const { write, snapshot } = settleSnapshot({ ...badEverywhere, recovery: [earlier] }, now);
    expect(Object.keys(write!).sort()).toEqual(['habits', 'recovery', 'settings', 'treatment']);
    expect(write!.recovery).toEqual([
      earlier,
      { path: 'treatment.infusions[1]', value: { at: 'soon', kind: 'infusion' }, problem: expect.any(String), keptAt: now.toISOString() },
      { path: 'habits.habits[1]', value: { id: 'Not An Id' }, problem: expect.any(String), keptAt: now.toISOString() },
      { path: 'settings.bedtime', value: '25:99', problem: expect.any(String), keptAt: now.toISOString() },
    ]);
    expect(snapshot.recovery).toEqual(write!.recovery);
  });

  it('leaves nothing to settle once its write is applied, so a second settle keeps nothing twice', () => {
    const first = settleSnapshot(badEverywhere, now);
    const after = { ...badEverywhere, ...first.write };
    expect(settleSnapshot(after, now).write).toBeNull();
  });

  it('keeps a malformed recovery list whole, as one entry of a new list that reads back clean', () => {
    const { write } = settleSnapshot({ recovery: { not: 'a list' } }, now);
    expect(write!.recovery).toEqual([{ path: 'recovery', value: { not: 'a list' }, problem: expect.any(String), keptAt: now.toISOString() }]);
    expect(settleSnapshot({ recovery: write!.recovery }, now).write).toBeNull();
  });

  it('cuts a very long problem to what the recovery list holds, so the list never fails its own check', () => {
    const infusions = Array.from({ length: 400 }, () => ({ at: 'soon', kind: 'nope', extra: true }));
    const { write } = settleSnapshot({ treatment: { ...EMPTY_TREATMENT, infusions, protocol: { windowHours: 'x'.repeat(5000) } } }, now);
    expect(settleSnapshot({ ...write }, now).write).toBeNull();
  });
});
