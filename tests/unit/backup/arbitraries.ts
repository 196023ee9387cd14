import fc from 'fast-check';
import type { Backup, BackupData } from '@/utils/backup/format';
import { emptyBackupData, makeBackup } from '@/utils/backup/format';
import { dayKey } from '@/utils/time/dayKey';
import type { Habit, PresetId } from '@/utils/habits/record';
import { PRESETS } from '@/utils/habits/record';
import { PROTOCOL_LIMITS } from '@/utils/treatment/record';
import { KIND_PRESETS as PROTOCOL_PRESETS } from '@/utils/treatment/presets';

/** Random valid backups, for the property tests of the format and of importing. */

const instant = fc
  .date({ min: new Date('2020-01-01T00:00:00.000Z'), max: new Date('2030-12-31T23:59:59.999Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const day = instant.map((iso) => dayKey(new Date(iso)));
const note = fc.string({ maxLength: 30 });
// Names valibot skips in records are refused in a backup (utils/backup/parse.ts); no habit has one.
const habitId = fc.stringMatching(/^[a-z0-9-]{1,12}$/).filter((id) => id !== 'constructor' && id !== 'prototype');
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const between = (key: keyof typeof PROTOCOL_LIMITS) => fc.integer(PROTOCOL_LIMITS[key]);

const infusion = fc.record(
  { at: instant, kind: fc.constantFrom('infusion' as const, 'booster' as const), note, treatment: fc.constantFrom('iv' as const, 'esketamine' as const) },
  { requiredKeys: ['at', 'kind'] },
);
const session = fc.record(
  { at: instant, kind: fc.constantFrom('preparation' as const, 'kap' as const, 'integration' as const), note },
  { requiredKeys: ['at', 'kind'] },
);

const habit: fc.Arbitrary<Habit> = fc.record(
  {
    id: habitId,
    preset: fc.option(fc.constantFrom(...(Object.keys(PRESETS) as PresetId[])), { nil: null }),
    // The schema trims names, so a generated one is already trimmed.
    name: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.length > 0),
    direction: fc.constantFrom('build' as const, 'stop' as const),
    goal: fc.oneof(fc.constant({ per: 'day' as const }), fc.integer({ min: 1, max: 7 }).map((times) => ({ per: 'week' as const, times }))),
    status: fc.constantFrom('active' as const, 'paused' as const, 'archived' as const),
    createdAt: instant,
    nudges: fc.array(
      fc.oneof(
        fc.record({ kind: fc.constant('clock' as const), time: clock, weekdays: fc.uniqueArray(fc.constantFrom(0, 1, 2, 3, 4, 5, 6) as fc.Arbitrary<0 | 1 | 2 | 3 | 4 | 5 | 6>, { maxLength: 7 }) }),
        fc.record({ kind: fc.constant('interval' as const), everyMinutes: fc.integer({ min: 15, max: 480 }) }),
      ),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ['id', 'preset', 'name', 'direction', 'goal', 'status', 'createdAt', 'nudges'] },
);

const checkins = fc.dictionary(day, fc.dictionary(habitId, fc.constantFrom('done' as const, 'skip' as const), { maxKeys: 3 }), { maxKeys: 6 });
const nudges = fc.dictionary(
  day,
  fc.array(
    fc.record(
      {
        at: instant,
        habitId,
        outcome: fc.constantFrom('shown' as const, 'done' as const, 'snoozed' as const, 'dismissed' as const, 'dropped' as const),
        reason: fc.constantFrom('late', 'quiet-hours', 'idle'),
      },
      { requiredKeys: ['at', 'habitId', 'outcome'] },
    ),
    { maxLength: 3 },
  ),
  { maxKeys: 4 },
);

export const backupData: fc.Arbitrary<BackupData> = fc
  .record({
    infusions: fc.array(infusion, { maxLength: 6 }),
    sessions: fc.array(session, { maxLength: 4 }),
    protocol: fc.record({
      inductionCount: between('inductionCount'),
      infusionsPerWeek: between('infusionsPerWeek'),
      windowHours: between('windowHours'),
      boosterIntervalWeeks: fc.option(between('boosterIntervalWeeks'), { nil: null }),
      therapySessionCount: between('therapySessionCount'),
      kind: fc.constantFrom('iv' as const, 'im' as const, 'esketamine' as const, 'home' as const),
      stages: fc.constantFrom([], PROTOCOL_PRESETS.esketamine.stages, [{ weeks: 3, times: 1, everyWeeks: 2 }]),
    }),
    habits: fc.uniqueArray(habit, { selector: (h) => h.id, maxLength: 4 }),
    bedtime: clock,
    weekStartsOn: fc.constantFrom(null, 0 as const, 1 as const, 6 as const),
    checkins,
    nudges,
  })
  .map((r) => {
    const data = emptyBackupData();
    data.treatment = { infusions: r.infusions, sessions: r.sessions, protocol: r.protocol };
    data.habits.habits = r.habits;
    data.settings = { ...data.settings, bedtime: r.bedtime, weekStartsOn: r.weekStartsOn };
    data.history = { checkins: r.checkins, nudges: r.nudges, mood: {}, scores: {} };
    return data;
  });

export const backup: fc.Arbitrary<Backup> = fc.tuple(backupData, instant).map(([data, at]) => makeBackup(data, new Date(at)));

/** Every place in a JSON value that holds a plain value, as path segments. */
export function leafPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, i) => leafPaths(item, [...path, i]));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
  return [path];
}

/** Every object (not list) in a JSON value, including the top, as path segments. */
export function objectPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, i) => objectPaths(item, [...path, i]));
  if (typeof value === 'object' && value !== null) return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
  return [];
}

/** "treatment.infusions[2].at", as the error sentences write a place. */
export const pathText = (path: Array<string | number>) =>
  path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key), '');

export function setAt(root: unknown, path: Array<string | number>, value: unknown): void {
  const parent = path.slice(0, -1).reduce<any>((node, key) => node[key], root);
  parent[path.at(-1)!] = value;
}

export function getAt(root: unknown, path: Array<string | number>): unknown {
  return path.reduce<any>((node, key) => node[key], root);
}
