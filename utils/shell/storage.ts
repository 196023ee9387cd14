import { browser } from 'wxt/browser';
import type { RawSnapshot, StoredKey } from '@/utils/stored/keys';
import { STORED_KEYS } from '@/utils/stored/keys';
import type { Snapshot } from '@/utils/stored/snapshot';
import { withStorageLock } from './storageLock';

/**
 * storage.local, and nothing else: one read of every stored record, one change listener, and
 * writes that only happen under the storage lock (storageLock.ts), so no two writers of the
 * same record ever interleave. No domain rules here: utils/stored/snapshot.ts checks what is
 * read; utils/shell/snapshot.ts and the actions decide what is written.
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

/**
 * Reads fresh, computes the write, writes it in one storage.local.set, all under the storage
 * lock. `change` gets the raw records and returns what to set (or null for nothing).
 */
export function writeStoredLocked<T>(change: (raw: RawSnapshot) => { write: Partial<Snapshot> | null; result: T }): Promise<T> {
  return withStorageLock(async () => {
    const { write, result } = change(await readStored());
    if (write && Object.keys(write).length > 0) await browser.storage.local.set(write);
    return result;
  });
}

/** Empties storage.local under the lock ("Delete all my data"): no settle can write back after it. */
export function clearStored(): Promise<void> {
  return withStorageLock(() => browser.storage.local.clear());
}
