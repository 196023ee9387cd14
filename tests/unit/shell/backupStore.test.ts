import { clear, entries } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Backup } from '@/utils/backup/format';
import { emptyBackupData, makeBackup } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/parse';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import { applyImport, currentBackup, readCheckedSafetyCopy, readStoredData } from '@/utils/shell/backupStore';
import { readBackupFile } from '@/utils/shell/backupFile';
import { eraseAllData } from '@/utils/shell/eraseData';
import { addScore, historyStore, readCheckins, writeCheckin, writeMood } from '@/utils/shell/history';
import { clearSafetyCopy, readSafetyCopy, saveSafetyCopy } from '@/utils/shell/safetyCopy';
import { settingsItem, treatmentItem } from '@/tests/support/stored';
import { DEFAULT_PROTOCOL } from '@/utils/treatment/record';
import type { Habit } from '@/utils/habits/record';
import { claimOccurrence, claimOf } from '@/utils/shell/nudgeClaims';
import { readScoreSummary, refreshScoreSummary } from '@/utils/shell/scoreSummaryStore';

const emptyHabit: Habit = {
  id: 'x',
  preset: null,
  name: 'Morning light outside',
  direction: 'build',
  goal: { per: 'day' },
  status: 'active',
  createdAt: '2026-11-01T08:00:00.000Z',
  nudges: [],
};

const infusion = (at: string) => ({ at, kind: 'infusion' as const });

async function seed() {
  await fakeBrowser.storage.local.set({
    treatment: { infusions: [infusion('2026-11-16T09:00:00.000Z')], sessions: [], protocol: { ...DEFAULT_PROTOCOL, windowHours: 72 } },
    settings: { ...DEFAULT_SETTINGS, bedtime: '23:00' },
  });
  await writeCheckin('2026-11-16', 'morning-light', 'done');
}

function backupWith(fill: (data: ReturnType<typeof emptyBackupData>) => void): Backup {
  const data = emptyBackupData();
  fill(data);
  return makeBackup(data, new Date('2026-11-27T10:00:00.000Z'));
}

const fromFile = backupWith((d) => {
  d.treatment.infusions = [infusion('2026-11-20T09:00:00.000Z')];
  d.history.checkins = { '2026-11-20': { movement: 'done' } };
});

beforeEach(async () => {
  await Promise.all([clear(historyStore), clearSafetyCopy()]);
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Afterglow', version: '0.1.0' });
});

describe('reading everything for a backup', () => {
  it('exports a fresh install as a valid backup of defaults', async () => {
    const backup = await currentBackup(new Date('2026-11-27T10:00:00.000Z'));
    expect(backup).toEqual({ ...makeBackup(emptyBackupData(), new Date('2026-11-27T10:00:00.000Z')), exportedBy: 'Afterglow 0.1.0' });
  });

  it('exports stored records and every day of history, and the file reads back the same', async () => {
    await seed();
    const backup = await currentBackup();
    expect(backup.treatment.protocol.windowHours).toBe(72);
    expect(backup.settings.bedtime).toBe('23:00');
    expect(backup.history.checkins).toEqual({ '2026-11-16': { 'morning-light': 'done' } });
    expect(parseBackup(JSON.stringify(backup))).toMatchObject({ ok: true, backup });
  });

  it('carries stored values that fail validation in `recovery`, so the file is still valid', async () => {
    await fakeBrowser.storage.local.set({
      treatment: { infusions: [infusion('2026-11-16T09:00:00.000Z'), { at: 'soon', kind: 'infusion' }], sessions: [], protocol: DEFAULT_PROTOCOL },
      settings: { ...DEFAULT_SETTINGS, bedtime: 'late' },
    });
    const { set } = await import('idb-keyval');
    await set('checkins:2026-02-30', { movement: 'done' }, historyStore);
    await set('checkins:2026-11-17', { movement: 'maybe' }, historyStore);
    const backup = await currentBackup();
    expect(backup.treatment.infusions).toHaveLength(1);
    expect(backup.settings.bedtime).toBe(DEFAULT_SETTINGS.bedtime);
    expect(backup.recovery.map((r) => r.path).sort()).toEqual([
      'history.checkins:2026-02-30',
      'history.checkins:2026-11-17',
      'settings.bedtime',
      'treatment.infusions[1]',
    ]);
    expect(parseBackup(JSON.stringify(backup)).ok).toBe(true);
  });
});

describe('applying an import', () => {
  it('replaces everything in one step, and keeps the data from before as a copy', async () => {
    await seed();
    const before = await readStoredData();
    const steps: string[] = [];
    await applyImport(fromFile, 'replace', (step) => steps.push(step));
    expect(steps).toEqual(['keeping-copy', 'writing']);

    expect(await treatmentItem.getValue()).toEqual({ infusions: [infusion('2026-11-20T09:00:00.000Z')], sessions: [], protocol: DEFAULT_PROTOCOL });
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    expect((await entries(historyStore)).sort()).toEqual([['checkins:2026-11-20', { movement: 'done' }]]);

    const copy = await readCheckedSafetyCopy();
    const { format: _f, version: _v, exportedAt: _e, ...kept } = copy!.backup;
    expect(kept).toEqual(before);
  });

  it('merges: adds what is new and keeps the patient’s own protocol and history', async () => {
    await seed();
    await applyImport(fromFile, 'merge');
    const after = await treatmentItem.getValue();
    expect(after.infusions.map((i) => i.at)).toEqual(['2026-11-16T09:00:00.000Z', '2026-11-20T09:00:00.000Z']);
    expect(after.protocol.windowHours).toBe(72);
    expect(await readCheckins(['2026-11-16', '2026-11-20'])).toEqual([{ 'morning-light': 'done' }, { movement: 'done' }]);
  });

  it('going back to the kept copy restores the data from before the replace', async () => {
    await seed();
    const before = await readStoredData();
    await applyImport(fromFile, 'replace');
    const copy = await readCheckedSafetyCopy();
    await applyImport(copy!.backup, 'replace');
    expect(await readStoredData()).toEqual(before);
  });

  it('tells the pages about the restore through one storage change', async () => {
    const changes: string[][] = [];
    fakeBrowser.storage.local.onChanged.addListener((c) => void changes.push(Object.keys(c).sort()));
    await applyImport(fromFile, 'replace');
    expect(changes).toEqual([['clinic', 'habits', 'measures', 'recovery', 'settings', 'treatment']]);
  });

  it('offers no copy when the stored one is unreadable', async () => {
    await saveSafetyCopy({ takenAt: '2026-11-27T10:00:00.000Z', backup: { format: 'something else' } as unknown as Backup });
    expect(await readCheckedSafetyCopy()).toBeNull();
  });
});

describe('reading a chosen file', () => {
  it('refuses a file over the limit by its size, without reading it', async () => {
    const huge = new Blob(['x']);
    Object.defineProperty(huge, 'size', { value: 50 * 1024 * 1024 });
    const text = vi.spyOn(huge, 'text');
    expect(await readBackupFile(huge)).toEqual({
      ok: false,
      error: 'This file is 50.0 MB. A backup from Afterglow is at most 20 MB, so the file was not read.',
    });
    expect(text).not.toHaveBeenCalled();
  });

  it('reads and checks a file of backup size', async () => {
    expect(await readBackupFile(new Blob([JSON.stringify(fromFile)]))).toMatchObject({ ok: true, backup: fromFile });
  });
});

describe('deleting all data', () => {
  it('leaves storage, history, the kept copy, derived scores and nudge claims as after a fresh install', async () => {
    await seed();
    await applyImport(fromFile, 'merge');
    const habit = { ...emptyHabit, id: 'morning-light' };
    await refreshScoreSummary([habit], '2026-11-23');
    await claimOccurrence('nudge:morning-light:0@1764230400000', 'morning-light', 'shown', new Date());
    expect(await readSafetyCopy()).toBeDefined();
    expect(await readScoreSummary()).not.toBeNull();
    expect(await claimOf('nudge:morning-light:0@1764230400000')).toBe('shown');
    // Issue 11: the mood, notes, questionnaires and their settings go too.
    await writeMood('2026-11-20', { mood: 2, note: 'private', at: '2026-11-20T20:00:00.000Z' });
    await addScore('2026-11-20', { measure: 'gad7', at: '2026-11-20T20:05:00.000Z', answers: [1, 1, 1, 1, 1, 1, 1] });
    await fakeBrowser.storage.local.set({ measures: { moodPrompts: false, inductionEveryDays: 7, maintenanceEveryDays: 14, nudge: true } });

    await eraseAllData();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await entries(historyStore)).toEqual([]);
    expect(await readSafetyCopy()).toBeUndefined();
    expect(await readScoreSummary()).toBeNull();
    expect(await claimOf('nudge:morning-light:0@1764230400000')).toBeNull();
    expect(await readStoredData()).toEqual(emptyBackupData());
  });

  it('clears history before the storage change the background reacts to', async () => {
    await seed();
    let historyAtChange: unknown[] | null = null;
    fakeBrowser.storage.local.onChanged.addListener(() => {
      void entries(historyStore).then((e) => (historyAtChange ??= e));
    });
    await eraseAllData();
    await vi.waitFor(() => expect(historyAtChange).toEqual([]));
  });
});
