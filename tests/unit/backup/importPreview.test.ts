import { describe, expect, it } from 'vitest';
import type { BackupData } from '@/utils/backup/format';
import { emptyBackupData, makeBackup } from '@/utils/backup/format';
import { importPreview } from '@/utils/backup/importPreview';

const clinic = (name: string): BackupData['clinic'] => ({
  profile: { name },
  source: 'link',
  appliedAt: '2026-11-01T10:00:00.000Z',
  wrote: { protocol: {}, habits: {} },
});
const file = (fill: (d: BackupData) => void = () => {}) => {
  const data = emptyBackupData();
  fill(data);
  return makeBackup(data, new Date('2026-11-27T10:00:00.000Z'));
};
const row = (view: ReturnType<typeof importPreview>, id: string) => view.rows.find((r) => r.id === id);

describe('the import preview', () => {
  it('says the file holds defaults when it sets no protocol or setting', () => {
    expect(row(importPreview(emptyBackupData(), file(), null), 'settings')).toMatchObject({ file: 'defaults', replace: 'from the file', merge: 'yours kept' });
    expect(row(importPreview(emptyBackupData(), file((d) => (d.settings.bedtime = '23:00')), null), 'settings')!.file).toBe('included');
  });

  it('shows the clinic row only when there is a clinic, and which one each choice keeps', () => {
    expect(row(importPreview(emptyBackupData(), file(), null), 'clinic')).toBeUndefined();
    const mine = emptyBackupData();
    mine.clinic = clinic('Mine');
    expect(row(importPreview(mine, file((d) => (d.clinic = clinic('Theirs'))), null), 'clinic')).toEqual({
      id: 'clinic',
      label: 'Clinic',
      file: 'Theirs',
      now: 'Mine',
      replace: 'Theirs',
      merge: 'Mine',
    });
    expect(row(importPreview(mine, file(), null), 'clinic')).toMatchObject({ file: 'none', replace: 'none', merge: 'Mine' });
  });

  it('shows entries set aside as unreadable only when there are some', () => {
    expect(row(importPreview(emptyBackupData(), file(), null), 'recovery')).toBeUndefined();
    const withKept = file((d) => d.recovery.push({ path: 'settings.bedtime', value: 'late', problem: 'x', keptAt: '2026-11-01T10:00:00.000Z' }));
    expect(row(importPreview(emptyBackupData(), withKept, null), 'recovery')).toMatchObject({ file: '1', now: '0', replace: '1', merge: '1 (1 new)' });
  });

  it('says when a file was migrated from an older format', () => {
    expect(importPreview(emptyBackupData(), file(), null).migrated).toBeNull();
    expect(importPreview(emptyBackupData(), file(), 0).migrated).toBe('It was made in an older format (version 0) and has been brought up to date.');
  });

  it('names one date when every entry is on the same day', () => {
    const view = importPreview(emptyBackupData(), file((d) => (d.history.checkins = { '2026-11-20': { movement: 'done' } })), null);
    const day = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(2026, 10, 20));
    expect(row(view, 'checkinDays')!.file).toBe(`1 (${day})`);
  });
});
