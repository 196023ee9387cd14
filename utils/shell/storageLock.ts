/**
 * One lock for every read-modify-write of storage.local. The Web Locks API is shared by an
 * extension's pages and its service worker (one origin), so two pages settling the same bad
 * value, or a page and the background editing the same record, take turns instead of one
 * write overwriting the other (issue 10).
 */
const LOCK = 'afterglow:storage';

// Where navigator.locks is missing (Node in unit tests, a very old browser), one process
// takes turns through a chain of promises. Every context of the real extension has the API.
let chain: Promise<unknown> = Promise.resolve();

export function withStorageLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(LOCK, task);
  const run = chain.then(task, task);
  chain = run.catch(() => undefined);
  return run;
}
