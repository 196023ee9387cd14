/**
 * Runs in an extension page: every key and value of the history in IndexedDB
 * (`afterglow-history`, store `days`), read as the page itself would.
 */
export function historyEntries(): Promise<Array<[string, unknown]>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('afterglow-history');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('days')) return resolve((db.close(), []));
      const store = db.transaction('days').objectStore('days');
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => {
        resolve((keys.result as string[]).map((k, i) => [k, values.result[i]]));
        db.close();
      };
    };
  });
}

/** Today's day key ("2026-12-01") in local time. */
export function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
