import * as v from 'valibot';
import { problemsSentence } from './errors';
import type { Backup } from './format';
import { BACKUP_FORMAT, BACKUP_MAX_BYTES, BACKUP_VERSION, BackupSchema } from './format';
import type { MigrationTable } from './migrations';
import { BACKUP_MIGRATIONS, migrateBackup } from './migrations';
import { t } from '@/utils/catalogue';
import { jsonErrorPlace } from './jsonErrorPlace';

/**
 * Reading a backup file: the whole file is checked before anything is used, and every way it
 * can be wrong gets one sentence naming the problem and where it is. Pure: nothing here
 * writes, so a refused file changes nothing.
 */
export type ParsedBackup =
  | { ok: true; backup: Backup; /** The file's own version, when it was older and migrated. */ migratedFrom: number | null }
  | { ok: false; error: string };

const MB = 1024 * 1024;

/** Checked on the file's size before it is read: a huge file is never loaded into memory. */
export function checkBackupSize(bytes: number): string | null {
  if (bytes === 0) return t('importEmpty');
  if (bytes > BACKUP_MAX_BYTES) return t('importTooLarge', (bytes / MB).toFixed(1), BACKUP_MAX_BYTES / MB);
  return null;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * valibot passes over these names in records and objects (its guard against prototype
 * pollution), so an entry under one would vanish without a word: the file is refused instead.
 */
const RESERVED_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

/** The path of the first field with a reserved name, walked without recursion (any depth). */
function reservedKeyPath(root: unknown): string | null {
  const stack: Array<[unknown, string]> = [[root, '']];
  while (stack.length > 0) {
    const [value, path] = stack.pop()!;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push([item, `${path}[${i}]`]));
      continue;
    }
    for (const key of Object.keys(value)) {
      const where = path ? `${path}.${key}` : key;
      if (RESERVED_KEYS.has(key)) return where;
      stack.push([(value as Record<string, unknown>)[key], where]);
    }
  }
  return null;
}

export function parseBackup(text: string, migrations: MigrationTable = BACKUP_MIGRATIONS): ParsedBackup {
  // Some editors save a byte-order mark in front of the JSON; it is not part of the data.
  const json = text.replace(/^\uFEFF/, '');
  if (json.trim() === '') return { ok: false, error: t('importEmpty') };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    const { line, column } = jsonErrorPlace(json);
    return { ok: false, error: t('importNotJson', line, column) };
  }

  if (!isPlainObject(raw) || raw.format === undefined) return { ok: false, error: t('importNotBackup') };
  if (raw.format !== BACKUP_FORMAT) return { ok: false, error: t('importWrongFormat', JSON.stringify(raw.format).slice(0, 60)) };
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { ok: false, error: t('importBadVersion') };
  if (version > BACKUP_VERSION) return { ok: false, error: t('importNewerVersion', version, BACKUP_VERSION) };

  const migrated = migrateBackup(raw, version, migrations);
  if (!migrated.ok) {
    return {
      ok: false,
      error: migrated.reason === 'too-old' ? t('importOlderVersion', version, migrated.oldest) : t('importMigrationFailed', version, migrated.atStep),
    };
  }
  const reserved = reservedKeyPath(migrated.value);
  if (reserved) return { ok: false, error: t('fieldUnknown', reserved) };
  const result = v.safeParse(BackupSchema, migrated.value);
  if (!result.success) return { ok: false, error: problemsSentence(result.issues) };
  return { ok: true, backup: result.output, migratedFrom: version < BACKUP_VERSION ? version : null };
}
