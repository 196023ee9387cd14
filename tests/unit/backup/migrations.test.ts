import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION } from '@/utils/backup/format';
import type { MigrationTable } from '@/utils/backup/migrations';
import { BACKUP_MIGRATIONS, migrateBackup } from '@/utils/backup/migrations';
import { parseBackup } from '@/utils/backup/parse';

// Version 1 is the first published format, so the real table has no step yet. The mechanism is
// checked with a made-up "version 0" that kept infusions at the top of the file; it exists only
// in this test.
const V0_TABLE: MigrationTable = {
  oldest: 0,
  steps: {
    0: ({ infusions, ...rest }) => ({ ...rest, treatment: { infusions } }),
    1: BACKUP_MIGRATIONS.steps[1]!,
  },
};
const v0File = {
  format: 'afterglow-backup',
  version: 0,
  exportedAt: '2025-06-01T10:00:00.000Z',
  infusions: [{ at: '2025-05-20T09:00:00.000Z', kind: 'infusion' }],
};

describe('migrating an older backup', () => {
  it('brings a version 0 file up to the current format and says it did', () => {
    const result = parseBackup(JSON.stringify(v0File), V0_TABLE);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(0);
    expect(result.backup.version).toBe(BACKUP_VERSION);
    expect(result.backup.treatment.infusions).toEqual(v0File.infusions);
  });

  it('checks the migrated file like any other: a bad entry is still named', () => {
    const bad = { ...v0File, infusions: [{ at: 'soon', kind: 'infusion' }] };
    expect(parseBackup(JSON.stringify(bad), V0_TABLE)).toEqual({ ok: false, error: 'treatment.infusions[0].at is not a date.' });
  });

  it('refuses a file older than the oldest version it knows', () => {
    expect(migrateBackup(v0File, 0, { oldest: 1, steps: {} })).toEqual({ ok: false, reason: 'too-old', oldest: 1 });
  });

  it('names the step that failed when a migration throws, and changes nothing it was given', () => {
    const table: MigrationTable = {
      oldest: 0,
      steps: {
        0: () => {
          throw new Error('broken');
        },
        1: BACKUP_MIGRATIONS.steps[1]!,
      },
    };
    const input = structuredClone(v0File);
    expect(parseBackup(JSON.stringify(input), table)).toEqual({
      ok: false,
      error: 'This backup has format version 0 and could not be brought up to date (at the step to version 1).',
    });
    expect(input).toEqual(v0File);
  });

  it('treats a gap in the table as a failed step', () => {
    expect(migrateBackup(v0File, 0, { oldest: 0, steps: {} })).toEqual({ ok: false, reason: 'failed', atStep: 1 });
  });

  it('leaves a current file untouched', () => {
    const current = { ...v0File, version: BACKUP_VERSION };
    expect(migrateBackup(current, BACKUP_VERSION, V0_TABLE)).toEqual({ ok: true, value: current });
  });

  it('ships no step for a version that never existed', () => {
    expect(BACKUP_MIGRATIONS.oldest).toBe(1);
    expect(Object.keys(BACKUP_MIGRATIONS.steps)).toEqual(['1']);
  });
});
