import { browser } from 'wxt/browser';
import type { RawSnapshot, StoredKey } from '@/utils/stored/keys';
import { STORED_KEYS } from '@/utils/stored/keys';

/**
 * Reading storage.local: one read of every stored record, and one change listener. Writes are
 * in storageWrites.ts, apart so that the popup's first paint, which only reads, carries none of
 * them. No domain rules here: utils/stored/snapshot.ts checks what is read.
 */

/** Every stored record in one storage.local.get. */
export async function readStored(): Promise<RawSnapshot> {
  return (await browser.storage.local.get([...STORED_KEYS])) as RawSnapshot;
}

const isStoredKey = (key: string): key is StoredKey => (STORED_KEYS as readonly string[]).includes(key);

/**
 * Calls back with the stored records that changed (undefined for one removed), from any page or
 * the background. One listener per caller, whatever the number of records.
 */
export function watchStored(callback: (changed: RawSnapshot) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const changed: RawSnapshot = {};
    let any = false;
    for (const [key, change] of Object.entries(changes)) {
      if (!isStoredKey(key)) continue;
      changed[key] = change.newValue;
      any = true;
    }
    if (any) callback(changed);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
