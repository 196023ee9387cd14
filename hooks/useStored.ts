import { useEffect, useState } from 'preact/hooks';

/**
 * A stored value for a page: loaded once, then kept current by the storage watcher, so a
 * change made anywhere (another page, the background) shows everywhere. `undefined` while
 * the first read is under way.
 */
export function useStored<T>(load: () => Promise<T>, watch: (callback: (value: T) => void) => () => void): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void load().then((v) => live && setValue(() => v));
    const unwatch = watch((v) => setValue(() => v));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return value;
}

/** The current time, moved on every `everyMs` while the page is open. */
export function useNow(everyMs = 30_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
