/**
 * The keys of everything Afterglow keeps in storage.local (one record each, see
 * utils/stored/snapshot.ts). Apart from the checks, so that reading storage costs the popup's
 * first paint no schema code.
 */
export const STORED_KEYS = ['treatment', 'habits', 'settings', 'nudgeState', 'nudgeSchedule', 'clinic', 'measures', 'recovery'] as const;
export type StoredKey = (typeof STORED_KEYS)[number];

/** storage.local's values as read: anything at all, or undefined where nothing was ever stored. */
export type RawSnapshot = Partial<Record<StoredKey, unknown>>;
