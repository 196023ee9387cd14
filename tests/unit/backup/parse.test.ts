import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_MAX_BYTES, emptyBackupData, makeBackup } from '@/utils/backup/format';
import { checkBackupSize, parseBackup } from '@/utils/backup/parse';
import { DEFAULT_MEASURE_SETTINGS } from '@/utils/measures/settings';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import { DEFAULT_PROTOCOL } from '@/utils/treatment/record';

// The contract from issue #6, verbatim: a file holding only these is valid.
const MINIMAL = `{ "format": "afterglow-backup", "version": 1, "exportedAt": "2026-11-27T10:00:00.000Z",
  "treatment": { "infusions": [ { "at": "2026-11-20T09:00:00.000Z", "kind": "infusion" } ] } }`;

const header = { format: 'afterglow-backup', version: 1, exportedAt: '2026-11-27T10:00:00.000Z' };
const errorOf = (value: unknown) => {
  const result = parseBackup(typeof value === 'string' ? value : JSON.stringify(value));
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
};

describe('the backup format', () => {
  it('accepts the minimal file of the contract, everything else taking its defaults', () => {
    const result = parseBackup(MINIMAL);
    // A version-1 file, read by a version-2 Afterglow: migrated, and nothing in it lost.
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    const { backup } = result;
    expect(backup.treatment).toEqual({
      infusions: [{ at: '2026-11-20T09:00:00.000Z', kind: 'infusion' }],
      sessions: [],
      protocol: DEFAULT_PROTOCOL,
    });
    expect(backup.habits).toEqual({ habits: [], offersDeclined: {} });
    expect(backup.settings).toEqual(DEFAULT_SETTINGS);
    expect(backup.history).toEqual({ checkins: {}, nudges: {}, mood: {}, scores: {} });
    expect(backup.measures).toEqual(DEFAULT_MEASURE_SETTINGS);
    expect(backup.recovery).toEqual([]);
  });

  it('fills each protocol number and setting that is left out with its default', () => {
    const result = parseBackup(JSON.stringify({ ...header, treatment: { protocol: { windowHours: 72 } }, settings: { bedtime: '23:15' } }));
    expect(result.ok && result.backup.treatment.protocol).toEqual({ ...DEFAULT_PROTOCOL, windowHours: 72 });
    expect(result.ok && result.backup.settings).toEqual({ ...DEFAULT_SETTINGS, bedtime: '23:15' });
  });

  it('reads a file from before the country for crisis lines without one, and one with it back as written (issue 13)', () => {
    const older = parseBackup(JSON.stringify({ ...header, settings: { bedtime: '23:15' } }));
    expect(older.ok && 'crisisCountry' in older.backup.settings).toBe(false);
    const data = emptyBackupData();
    data.settings = { ...data.settings, crisisCountry: 'GB' };
    const backup = makeBackup(data, new Date('2026-11-27T10:00:00.000Z'), 'Afterglow 0.1.0');
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, backup, migratedFrom: null });
    expect(errorOf({ ...header, settings: { crisisCountry: 'FR' } })).toContain('settings.crisisCountry');
  });

  it('reads back exactly what it writes', () => {
    const data = emptyBackupData();
    data.treatment.infusions.push({ at: '2026-11-20T09:00:00.000Z', kind: 'booster', note: 'felt calm, "good" day' });
    data.history.checkins['2026-11-21'] = { 'morning-light': 'done', movement: 'skip' };
    data.history.nudges['2026-11-21'] = [{ at: '2026-11-21T07:00:00.000Z', habitId: 'morning-light', outcome: 'dropped', reason: 'quiet-hours' }];
    data.recovery.push({ path: 'treatment.infusions[3]', value: { at: 'x' }, problem: 'at: not a date', keptAt: '2026-11-01T00:00:00.000Z' });
    const backup = makeBackup(data, new Date('2026-11-27T10:00:00.000Z'), 'Afterglow 0.1.0');
    expect(parseBackup(JSON.stringify(backup, null, 2))).toEqual({ ok: true, backup, migratedFrom: null });
  });

  it('ignores a byte-order mark an editor put in front', () => {
    expect(parseBackup(`\uFEFF${MINIMAL}`).ok).toBe(true);
  });
});

describe('BACKUP.md, the format’s documentation', () => {
  const doc = readFileSync('BACKUP.md', 'utf8');
  const blocks = [...doc.matchAll(/^## (.+)$|^### (.+)$|```json\n([\s\S]*?)```/gm)];
  const exampleUnder = (heading: string) => {
    const at = blocks.findIndex((m) => m[1] === heading || m[2] === heading);
    return blocks.slice(at + 1).find((m) => m[3])![3]!;
  };

  it('shows the contract file exactly, and it is valid', () => {
    expect(exampleUnder('The smallest valid file').trim()).toBe(MINIMAL);
  });

  it.each(['treatment', 'settings', 'history'])('gives a valid example of the %s section', (section) => {
    const example = JSON.parse(exampleUnder(section));
    const result = parseBackup(JSON.stringify({ ...header, version: 2, [section]: example }));
    expect(result.ok && result.backup[section as 'treatment']).toMatchObject(example);
  });
});

describe('a bad file gets one sentence naming the problem and where it is', () => {
  it.each([
    ['an empty file', '', 'This file is empty.'],
    ['only spaces', '  \n ', 'This file is empty.'],
    ['plain text', 'hello', 'This file is not a backup: it is not JSON. It stops making sense at line 1, column 1.'],
    ['a file cut off', MINIMAL.slice(0, 120), /^This file is not a backup: it is not JSON\. It stops making sense at line 2, column \d+\.$/],
    ['a stray comma', '{\n  "format": "afterglow-backup",\n}', 'This file is not a backup: it is not JSON. It stops making sense at line 3, column 1.'],
    ['a list', '[1, 2]', 'This file is not an Afterglow backup: it has no "format": "afterglow-backup" at the top.'],
    ['another program’s JSON', '{"name": "my-package"}', 'This file is not an Afterglow backup: it has no "format": "afterglow-backup" at the top.'],
    ['another format', '{"format": "loop-habits"}', 'This file is not an Afterglow backup: its format is "loop-habits", where a backup says "afterglow-backup".'],
  ])('%s', (_name, text, expected) => {
    expect(errorOf(text)).toMatch(expected);
  });

  it.each([
    [{ ...header, version: 3 }, 'This backup was made by a newer Afterglow (format version 3; this one reads up to version 2). Update Afterglow, then try again.'],
    [{ ...header, version: '1' }, 'This backup has no usable version: "version" should be a whole number, such as 1.'],
    [{ ...header, version: 1.5 }, 'This backup has no usable version: "version" should be a whole number, such as 1.'],
    [{ ...header, version: undefined }, 'This backup has no usable version: "version" should be a whole number, such as 1.'],
    [{ ...header, version: 0 }, 'This backup has format version 0, older than any this Afterglow can read (version 1 and later).'],
  ])('version: %j', (file, expected) => {
    expect(errorOf(file)).toBe(expected);
  });

  const infusion = { at: '2026-11-20T09:00:00.000Z', kind: 'infusion' };
  it.each([
    ['a date that is not a date', { treatment: { infusions: [infusion, infusion, { ...infusion, at: 'next Tuesday' }] } }, 'treatment.infusions[2].at is not a date.'],
    ['30 February', { treatment: { infusions: [{ ...infusion, at: '2026-02-30T09:00:00.000Z' }] } }, 'treatment.infusions[0].at is not a date.'],
    ['a field of the wrong type', { treatment: { infusions: 'all of them' } }, 'treatment.infusions should be a list, but it is text.'],
    ['a number as text', { treatment: { protocol: { windowHours: '48' } } }, 'treatment.protocol.windowHours should be a number, but it is text.'],
    ['a number out of range', { treatment: { protocol: { windowHours: 500 } } }, 'treatment.protocol.windowHours should be at most 72, but it is 500.'],
    ['a fraction', { treatment: { protocol: { inductionCount: 2.5 } } }, 'treatment.protocol.inductionCount should be a whole number, but it is 2.5.'],
    ['an unknown kind', { treatment: { infusions: [{ ...infusion, kind: 'party' }] } }, 'treatment.infusions[0].kind should be one of "infusion", "booster", but it is "party".'],
    ['a missing field', { treatment: { infusions: [{ at: infusion.at }] } }, 'treatment.infusions[0].kind is missing.'],
    ['an unknown field', { treatment: { infusions: [infusion], mood: 3 } }, 'treatment.mood is not part of an Afterglow backup.'],
    ['an unknown section', { diary: [] }, 'diary is not part of an Afterglow backup.'],
    ['a section that is not a group', { habits: [] }, 'habits should be a group of fields, but it is a list.'],
    ['a check-in on a day that does not exist', { history: { checkins: { '2026-13-01': { movement: 'done' } } } }, 'history.checkins.2026-13-01 is not a date.'],
    ['a check-in that is not done or skip', { history: { checkins: { '2026-11-20': { movement: 'yes' } } } }, 'history.checkins.2026-11-20.movement should be one of "done", "skip", but it is "yes".'],
    ['a nudge at no time', { history: { nudges: { '2026-11-20': [{ at: 5, habitId: 'movement', outcome: 'shown' }] } } }, 'history.nudges.2026-11-20[0].at should be text, but it is a number.'],
    ['a setting out of form', { settings: { bedtime: '25:00' } }, 'settings.bedtime is not in the form Afterglow expects: "25:00".'],
    ['an exportedAt that is not a date', { exportedAt: 'yesterday' }, 'exportedAt is not a date.'],
  ])('%s', (_name, fields, expected) => {
    expect(errorOf({ ...header, ...fields })).toBe(expected);
  });

  it.each([
    ['a check-in under a reserved name', '{"history": {"checkins": {"2026-11-20": {"constructor": "done"}}}}', 'history.checkins.2026-11-20.constructor'],
    ['a day under a reserved name', '{"history": {"checkins": {"__proto__": {}}}}', 'history.checkins.__proto__'],
    ['a top-level reserved name', '{"prototype": 1}', 'prototype'],
  ])('refuses %s instead of letting it vanish', (_name, fields, where) => {
    const file = JSON.stringify(header).slice(0, -1) + ',' + fields.slice(1);
    expect(errorOf(file)).toBe(`${where} is not part of an Afterglow backup.`);
  });

  it('counts the other problems after the first', () => {
    const error = errorOf({ ...header, treatment: { infusions: [{ at: 'x', kind: 'infusion' }, { at: 'y', kind: 'z' }] } });
    expect(error).toBe('treatment.infusions[0].at is not a date. The file has 2 more problems after this one.');
  });
});

describe('the size limit, checked before a file is read', () => {
  it('refuses 50 MB of noise with its size and the limit', () => {
    expect(checkBackupSize(50 * 1024 * 1024)).toBe('This file is 50.0 MB. A backup from Afterglow is at most 20 MB, so the file was not read.');
  });

  it('refuses an empty file and lets a backup-sized one through', () => {
    expect(checkBackupSize(0)).toBe('This file is empty.');
    expect(checkBackupSize(BACKUP_MAX_BYTES)).toBeNull();
    expect(checkBackupSize(BACKUP_MAX_BYTES + 1)).toMatch(/^This file is 20\.0 MB/);
  });
});
