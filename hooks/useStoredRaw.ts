import { useEffect, useState } from 'preact/hooks';
import { readStored, watchStored } from '@/utils/shell/storage';
import type { RawSnapshot } from '@/utils/stored/keys';

/**
 * A page's one read of storage: every record in one storage.local.get, then kept current by one
 * storage.onChanged listener (a change made anywhere shows everywhere). Undefined until the read
 * is in. Raw: the page checks what it needs (useSnapshot for everything; the popup's first paint
 * checks only the treatment record).
 */
export function useStoredRaw(): RawSnapshot | undefined {
  const [raw, setRaw] = useState<RawSnapshot | undefined>(undefined);
  useEffect(() => {
    // Changes that arrive before the first read is in are folded into it, not lost.
    let early: RawSnapshot = {};
    const unwatch = watchStored((changed) => {
      early = { ...early, ...changed };
      setRaw((current) => current && { ...current, ...changed });
    });
    // (A read that lands after the page closed sets nothing anyone sees: Preact ignores it.)
    void readStored().then((value) => setRaw({ ...value, ...early }));
    return unwatch;
  }, []);
  return raw;
}
