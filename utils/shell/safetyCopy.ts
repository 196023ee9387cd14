import { createStore, del, get, set } from 'idb-keyval';
import type { Backup } from '@/utils/backup/format';

/**
 * The copy of the patient's data kept just before an import, so a replace can be undone from
 * the options page. In IndexedDB, not storage.local: a copy of years of history could pass
 * storage.local's 10 MB quota, and Afterglow does not ask for unlimitedStorage.
 */
const copyStore = createStore('afterglow-safety-copy', 'copies');
const KEY = 'before-last-import';

export interface SafetyCopy {
  /** ISO instant the copy was taken. */
  takenAt: string;
  /** The data as it was, in the backup format (read back through parseBackup). */
  backup: Backup;
}

export const saveSafetyCopy = (copy: SafetyCopy) => set(KEY, copy, copyStore);
export const readSafetyCopy = () => get<SafetyCopy>(KEY, copyStore);
export const clearSafetyCopy = () => del(KEY, copyStore);
