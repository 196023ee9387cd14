import { clear, entries, promisifyRequest } from 'idb-keyval';
import { historyStore } from './history';

/**
 * The whole of history at once, for backups and the care team's files only: the popup and
 * the background read single days through history.ts.
 */
export function readAllHistory(): Promise<Array<[string, unknown]>> {
  return entries<string, unknown>(historyStore);
}

/**
 * Writes days in one IndexedDB transaction: all of them land, or none do. With `replace`, the
 * store is emptied first inside the same transaction, so no day from before survives.
 */
export function writeHistory(days: Array<[string, unknown]>, replace: boolean): Promise<void> {
  return historyStore('readwrite', (store) => {
    if (replace) store.clear();
    for (const [key, value] of days) store.put(value, key);
    return promisifyRequest(store.transaction);
  });
}

export function clearHistory(): Promise<void> {
  return clear(historyStore);
}
