import fc from 'fast-check';
import { clear, entries } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_VERSION } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/parse';
import { readBackupFile } from '@/utils/shell/backupFile';
import type { ImportMode } from '@/utils/shell/backupStore';
import { applyImport } from '@/utils/shell/backupStore';
import { historyStore } from '@/utils/shell/history';
import { clearSafetyCopy, readSafetyCopy } from '@/utils/shell/safetyCopy';
import { backup, getAt, leafPaths, objectPaths, pathText, setAt } from './arbitraries';

const text = (value: unknown) => JSON.stringify(value, null, 2);
const refusal = (file: string) => {
  const result = parseBackup(file);
  return result.ok ? null : result.error;
};

/** A backup with one thing made wrong, the text of the file, and what the sentence must start with. */
type Corrupted = { file: string; expected: RegExp | string };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const DATE_KEYS = new Set(['at', 'exportedAt', 'createdAt', 'keptAt']);

// Each corruption below makes a valid backup invalid: the tests check it is always refused.
const corruptions: Array<fc.Arbitrary<(b: unknown) => Corrupted>> = [
  // A plain value of the wrong type anywhere: booleans, lists and groups are never valid where a
  // plain value is expected.
  fc.tuple(fc.nat(), fc.constantFrom<unknown>(true, [], { x: 1 })).map(([pick, wrong]) => (b) => {
    const leaves = leafPaths(b);
    const path = leaves[pick % leaves.length]!;
    // `true` is a valid value of a yes/no setting (measures.moodPrompts): put text there instead.
    setAt(b, path, typeof getAt(b, path) === 'boolean' && typeof wrong === 'boolean' ? 'yes' : wrong);
    const where = pathText(path);
    // The header's own fields get the sentences that say the file is not a backup of ours.
    // A group put where a value was may be reported at a field inside it ("clinic.profile is missing.").
    const expected =
      where === 'format'
        ? 'This file is not an Afterglow backup'
        : where === 'version'
          ? 'This backup has no usable version'
          : new RegExp(`^${escape(where)}[ .[]`);
    return { file: text(b), expected };
  }),
  // A date that is not a date.
  fc.tuple(fc.nat(), fc.constantFrom('not a date', '2026-13-01T09:00:00.000Z', '20261120', '')).map(([pick, wrong]) => (b) => {
    const dates = leafPaths(b).filter((p) => DATE_KEYS.has(String(p.at(-1))));
    const path = dates[pick % dates.length]!;
    setAt(b, path, wrong);
    return { file: text(b), expected: `${pathText(path)} is not a date.` };
  }),
  // A day of history that never was.
  fc.constantFrom('checkins', 'nudges').map((kind) => (b: any) => {
    b.history[kind]['2026-02-30'] = kind === 'checkins' ? {} : [];
    return { file: text(b), expected: `history.${kind}.2026-02-30 is not a date.` };
  }),
  // A field no backup has, in any group of fields.
  fc.nat().map((pick) => (b) => {
    const groups = objectPaths(b);
    const path = groups[pick % groups.length]!;
    (getAt(b, path) as Record<string, unknown>).surprise = 1;
    return { file: text(b), expected: `${pathText([...path, 'surprise'])} ` };
  }),
  // Another format, or a version this Afterglow does not read.
  fc.oneof(fc.integer({ min: BACKUP_VERSION + 1, max: 1000 }), fc.integer({ min: -5, max: 0 }), fc.constant(1.5)).map((version) => (b: any) => {
    b.version = version;
    return { file: text(b), expected: /^This backup (was made by a newer Afterglow|has format version|has no usable version)/ };
  }),
  fc.string({ maxLength: 20 }).filter((s) => s !== 'afterglow-backup').map((format) => (b: any) => {
    b.format = format;
    return { file: text(b), expected: 'This file is not an Afterglow backup' };
  }),
  // Cut off anywhere, or with noise before or after.
  fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }).map((at) => (b) => {
    const whole = text(b);
    return { file: whole.slice(0, Math.floor(at * whole.length)), expected: /^This file is (empty|not a backup: it is not JSON)/ };
  }),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => /^[^\s\uFEFF]/.test(s)), fc.boolean())
    .map(([noise, before]) => (b) => ({ file: before ? noise + text(b) : text(b) + noise, expected: 'This file is not a backup: it is not JSON.' })),
];

// A copy through JSON: generated values may share objects (fc.constant), and a change to one
// place must not show up in another.
const corrupted = fc.tuple(backup, fc.oneof(...corruptions)).map(([b, corrupt]) => corrupt(JSON.parse(JSON.stringify(b))));

describe('random backups', () => {
  it('read back exactly as they were written', () => {
    fc.assert(
      fc.property(backup, (b) => {
        expect(parseBackup(text(b))).toEqual({ ok: true, backup: b, migratedFrom: null });
      }),
      { numRuns: 200 },
    );
  });

  it('are always refused when made wrong, with a sentence that names the place', () => {
    fc.assert(
      fc.property(corrupted, ({ file, expected }) => {
        const error = refusal(file);
        expect(error).not.toBeNull();
        if (typeof expected === 'string') expect(error!.startsWith(expected)).toBe(true);
        else expect(error).toMatch(expected);
      }),
      { numRuns: 500 },
    );
  });
});

/** What the options page does with a chosen file: check it, and apply it only if it passed. */
async function importLikeTheOptionsPage(file: string, mode: ImportMode) {
  const parsed = await readBackupFile(new Blob([file]));
  if (parsed.ok) await applyImport(parsed.backup, mode);
  return parsed;
}

async function everythingStored() {
  return {
    storage: await fakeBrowser.storage.local.get(null),
    history: (await entries(historyStore)).sort(),
    copy: await readSafetyCopy(),
  };
}

describe('importing a corrupted backup', () => {
  beforeEach(async () => {
    await Promise.all([clear(historyStore), clearSafetyCopy()]);
  });

  it('never changes stored data, the kept copy or history', async () => {
    await fc.assert(
      fc.asyncProperty(backup, corrupted, fc.constantFrom<ImportMode>('replace', 'merge'), async (stored, { file }, mode) => {
        fakeBrowser.reset();
        await Promise.all([clear(historyStore), clearSafetyCopy()]);
        await applyImport(stored, 'replace');
        const before = await everythingStored();
        const result = await importLikeTheOptionsPage(file, mode);
        expect(result.ok).toBe(false);
        expect(await everythingStored()).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});
