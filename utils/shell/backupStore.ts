import { browser } from 'wxt/browser';
import type { Backup, BackupData } from '@/utils/backup/format';
import { makeBackup } from '@/utils/backup/format';
import { backupDataFromStored } from '@/utils/backup/fromStored';
import { mergeBackupData, replaceBackupData } from '@/utils/backup/merge';
import { parseBackup } from '@/utils/backup/parse';
import { readAllHistory, writeHistory } from './historyBulk';
import { readSafetyCopy, saveSafetyCopy } from './safetyCopy';
import { forgetScoreSummary } from './scoreSummaryStore';
import { readStored } from './storage';
import { writeStoredLocked } from './storageWrites';

/**
 * Reading all of the patient's data, and writing a restored set back in one step. The stored
 * records are the snapshot's (utils/stored/snapshot.ts); history is the IndexedDB part. A new
 * stored record of patient data needs a section in utils/backup/format.ts and BACKUP.md.
 */
const PARTS = ['treatment', 'habits', 'settings', 'measures', 'recovery', 'clinic'] as const satisfies ReadonlyArray<Exclude<keyof BackupData, 'history'>>;

/** Everything stored, validated; whatever fails is carried in `recovery`, not dropped. */
export async function readStoredData(now = new Date()): Promise<BackupData> {
  const [stored, history] = await Promise.all([readStored(), readAllHistory()]);
  return backupDataFromStored({ ...stored, history }, now);
}

/** The backup file's contents for everything stored now. */
export async function currentBackup(now = new Date()): Promise<Backup> {
  return makeBackup(await readStoredData(now), now, `Afterglow ${browser.runtime.getManifest().version}`);
}

const historyEntries = (history: BackupData['history']): Array<[string, unknown]> => [
  ...Object.entries(history.checkins).map(([day, value]): [string, unknown] => [`checkins:${day}`, value]),
  ...Object.entries(history.nudges).map(([day, value]): [string, unknown] => [`nudges:${day}`, value]),
  ...Object.entries(history.mood).map(([day, value]): [string, unknown] => [`mood:${day}`, value]),
  ...Object.entries(history.scores).map(([day, value]): [string, unknown] => [`scores:${day}`, value]),
];

/**
 * Writes `data` as the patient's data. History goes first, in one IndexedDB transaction
 * (replacing clears it inside that transaction; otherwise only days that differ from
 * `before` are written, so a check-in made meanwhile on another day is untouched). Then the
 * stored items go in one storage.local call, and every page and the background react to it.
 */
async function writeStoredData(data: BackupData, before: BackupData, replace: boolean): Promise<void> {
  const old = new Map(historyEntries(before.history).map(([key, value]) => [key, JSON.stringify(value)]));
  const days = historyEntries(data.history).filter(([key, value]) => replace || old.get(key) !== JSON.stringify(value));
  await writeHistory(days, replace);

  const write = Object.fromEntries(PARTS.map((part) => [part, data[part]]));
  await writeStoredLocked(() => ({ write, result: undefined }));
}

export type ImportMode = 'replace' | 'merge';
export type ImportStep = 'keeping-copy' | 'writing';

/**
 * Applies a checked backup: keeps a copy of the current data first (restorable from the
 * options page), then writes the result of the chosen mode. Returns what is stored now.
 */
export async function applyImport(backup: Backup, mode: ImportMode, onStep: (step: ImportStep) => void = () => {}): Promise<BackupData> {
  const now = new Date();
  onStep('keeping-copy');
  const current = await readStoredData(now);
  await saveSafetyCopy({ takenAt: now.toISOString(), backup: makeBackup(current, now) });
  onStep('writing');
  const { format: _f, version: _v, exportedAt: _e, exportedBy: _b, ...incoming } = backup;
  const result = mode === 'replace' ? replaceBackupData(incoming) : mergeBackupData(current, incoming);
  await writeStoredData(result, current, mode === 'replace');
  // The habit scores are derived from the history that just changed (scoreSummaryStore.ts).
  await forgetScoreSummary();
  return result;
}

/** The copy kept before the last import, checked like any file; null if there is none or it is unreadable. */
export async function readCheckedSafetyCopy(): Promise<{ takenAt: string; backup: Backup } | null> {
  const copy = await readSafetyCopy();
  if (!copy) return null;
  const parsed = parseBackup(JSON.stringify(copy.backup));
  return parsed.ok ? { takenAt: copy.takenAt, backup: parsed.backup } : null;
}
