import { browser } from 'wxt/browser';
import type { RawSnapshot } from '@/utils/stored/keys';
import type { Snapshot } from '@/utils/stored/snapshot';
import { readStored } from './storage';
import { withStorageLock } from './storageLock';

/**
 * Writing storage.local: only ever under the storage lock (storageLock.ts), so no two writers
 * of the same record interleave. utils/shell/snapshot.ts decides what is written.
 */

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
