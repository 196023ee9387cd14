import type { ParsedBackup } from '@/utils/backup/parse';
import { checkBackupSize, parseBackup } from '@/utils/backup/parse';

/** Reads a chosen file as a backup; its size is checked first, so a huge file is never loaded. */
export async function readBackupFile(file: Blob): Promise<ParsedBackup> {
  const refused = checkBackupSize(file.size);
  if (refused) return { ok: false, error: refused };
  return parseBackup(await file.text());
}
