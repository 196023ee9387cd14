import { BACKUP_VERSION } from './format';

/**
 * Bringing an older backup up to the current format, one version at a time. A step takes a
 * file of version n (already known to be an object with format "afterglow-backup") and
 * returns it as version n + 1; the result is then checked against BackupSchema like any
 * file. Steps never read the clock or the browser, so an old file always migrates the same.
 */
export type BackupMigration = (older: Record<string, unknown>) => Record<string, unknown>;

export interface MigrationTable {
  /** The oldest version the table can start from. */
  oldest: number;
  /** steps[n] turns version n into version n + 1. */
  steps: Record<number, BackupMigration>;
}

/**
 * Version 1 is the first published format. Version 2 (issue 11) adds the mood, notes and
 * questionnaires (`history.mood`, `history.scores`) and their settings (`measures`); every
 * one of them is optional, so a version-1 file is a valid version-2 file as it stands.
 */
export const BACKUP_MIGRATIONS: MigrationTable = {
  oldest: 1,
  steps: {
    1: (v1) => v1,
  },
};

export type MigrationResult =
  | { ok: true; value: Record<string, unknown> }
  | { ok: false; reason: 'too-old'; oldest: number }
  | { ok: false; reason: 'failed'; atStep: number };

/** Runs every step from `version` up to BACKUP_VERSION. */
export function migrateBackup(file: Record<string, unknown>, version: number, table: MigrationTable = BACKUP_MIGRATIONS): MigrationResult {
  if (version < table.oldest) return { ok: false, reason: 'too-old', oldest: table.oldest };
  let value = file;
  for (let from = version; from < BACKUP_VERSION; from++) {
    const step = table.steps[from];
    if (!step) return { ok: false, reason: 'failed', atStep: from + 1 };
    try {
      value = { ...step(value), version: from + 1 };
    } catch {
      return { ok: false, reason: 'failed', atStep: from + 1 };
    }
  }
  return { ok: true, value };
}
