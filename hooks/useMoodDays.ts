import { useEffect, useState } from 'preact/hooks';
import type { MoodEntry } from '@/utils/history/records';
import { checkMood } from '@/utils/measures/latest';
import { readMood } from '@/utils/shell/history';
import type { DayKey } from '@/utils/time/dayKey';

export interface MoodDays {
  /** The checked mood of a day shown (null: none, or set aside as unreadable). */
  of: (day: DayKey) => MoodEntry | null;
  reload: () => Promise<void>;
}

/**
 * The mood of every day a page shows, in one IndexedDB read of exactly those days, read again
 * on each tick of the page's clock. Undefined until the first read is in. The sibling of
 * useCheckins.
 */
export function useMoodDays(days: DayKey[], now: Date): MoodDays | undefined {
  const [read, setRead] = useState<{ key: string; byDay: Map<DayKey, MoodEntry | null> }>();
  const unique = [...new Set(days)].sort();
  const key = unique.join();
  const load = async () => {
    const values = await readMood(unique);
    setRead({ key, byDay: new Map(unique.map((day, i) => [day, checkMood(values[i])])) });
  };
  useEffect(() => void load(), [key, now.getTime()]);
  if (!read) return undefined;
  return { of: (day) => read.byDay.get(day) ?? null, reload: load };
}
