import { useEffect, useState } from 'preact/hooks';
import type { DayCheckins } from '@/utils/history/records';
import { readCheckins } from '@/utils/shell/history';
import type { DayKey } from '@/utils/time/dayKey';

export interface CheckinDays {
  /** The check-ins of `days`, in the same order ({} for a day with none). */
  of: (days: DayKey[]) => DayCheckins[];
  /** Reads the days again, after a write this page made. */
  reload: () => Promise<void>;
}

/**
 * The check-ins of every day a page shows, in one IndexedDB read, read again on each tick of
 * the page's clock (a check-in made in the popup or from a notification shows within a tick).
 * Undefined until the first read is in.
 */
export function useCheckins(days: DayKey[], now: Date): CheckinDays | undefined {
  const [read, setRead] = useState<{ key: string; byDay: Map<DayKey, DayCheckins> }>();
  const unique = [...new Set(days)].sort();
  const key = unique.join();
  const load = async () => {
    const values = await readCheckins(unique);
    setRead({ key, byDay: new Map(unique.map((day, i) => [day, values[i]!])) });
  };
  useEffect(() => void load(), [key, now.getTime()]);
  if (!read) return undefined;
  return { of: (wanted) => wanted.map((day) => read.byDay.get(day) ?? {}), reload: load };
}
