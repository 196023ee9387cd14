import { useEffect, useMemo } from 'preact/hooks';
import { settleStored } from '@/utils/shell/snapshot';
import type { RawSnapshot } from '@/utils/stored/keys';
import type { Snapshot } from '@/utils/stored/snapshot';
import { checkSnapshot } from '@/utils/stored/snapshot';
import { useStoredRaw } from './useStoredRaw';

/**
 * The checked snapshot of a raw read. When something is refused, the page shows the clean
 * records at once and sets the refused values aside (utils/shell/snapshot.ts, under the lock);
 * the write comes back through the watcher as a clean read.
 */
export function useCheckedSnapshot(raw: RawSnapshot | undefined): Snapshot | undefined {
  const checked = useMemo(() => raw && checkSnapshot(raw), [raw]);
  useEffect(() => {
    if (checked && checked.rejected.length > 0) void settleStored();
  }, [checked]);
  return checked?.snapshot;
}

/** Everything stored, checked, for a page: one read, one watcher. */
export function useSnapshot(): Snapshot | undefined {
  return useCheckedSnapshot(useStoredRaw());
}
