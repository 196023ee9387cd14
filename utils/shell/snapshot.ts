import type { Snapshot } from '@/utils/stored/snapshot';
import { checkSnapshot, settleSnapshot } from '@/utils/stored/snapshot';
import { readStored } from './storage';
import { writeStoredLocked } from './storageWrites';

/**
 * The snapshot for the background and for actions: one read, checked; anything refused is set
 * aside before it is returned. Pages get theirs through hooks/useSnapshot.ts.
 */
export async function loadSnapshot(now = new Date()): Promise<Snapshot> {
  const checked = checkSnapshot(await readStored());
  return checked.rejected.length === 0 ? checked.snapshot : settleStored(now);
}

/**
 * Sets every refused value aside in `recovery` and writes the clean records back: one fresh
 * read and one storage.local.set under the storage lock, so each value is kept exactly once
 * however many pages and the background find it at the same moment.
 */
export function settleStored(now = new Date()): Promise<Snapshot> {
  return writeStoredLocked((raw) => {
    const { snapshot, write } = settleSnapshot(raw, now);
    return { write, result: snapshot };
  });
}

/** What an edit of the snapshot returns: the records to write (null: nothing), and an answer. */
export interface SnapshotEdit<T> {
  write: Partial<Snapshot> | null;
  result: T;
}

/**
 * The one way to write storage.local: under the storage lock, read fresh, settle what is
 * refused, apply a pure edit to the clean snapshot, and write both in one storage.local.set.
 * Every page and the background react to the change through their one watcher.
 */
export function editStored<T>(edit: (snapshot: Snapshot) => SnapshotEdit<T>, now = new Date()): Promise<T> {
  return writeStoredLocked((raw) => {
    const settled = settleSnapshot(raw, now);
    const { write, result } = edit(settled.snapshot);
    return { write: settled.write || write ? { ...settled.write, ...write } : null, result };
  });
}

/** An edit of one record that either gives the new record or a sentence saying why not. */
export type RecordEdit<R> = { ok: true; record: R } | { ok: false; error: string };

/**
 * Applies an edit of one record to the freshest stored value; resolves to the error sentence,
 * or null once written. The shape of every "save" the pages offer.
 */
export function editRecord<K extends keyof Snapshot>(key: K, change: (record: Snapshot[K]) => RecordEdit<Snapshot[K]>): Promise<string | null> {
  return editStored((snapshot) => {
    const edited = change(snapshot[key]);
    return edited.ok ? { write: { [key]: edited.record } as Partial<Snapshot>, result: null } : { write: null, result: edited.error };
  });
}

/** Replaces one record with `change(current)`, freshly read under the lock. */
export function updateRecord<K extends keyof Snapshot>(key: K, change: (record: Snapshot[K]) => Snapshot[K]): Promise<void> {
  return editStored((snapshot) => ({ write: { [key]: change(snapshot[key]) } as Partial<Snapshot>, result: undefined }));
}
