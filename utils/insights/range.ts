import type { DayKey } from '@/utils/time/dayKey';
import { shiftDay } from '@/utils/time/dayKey';

/** The history page's ranges: the days it shows, and so the only days it reads. */
export type RangeId = '4w' | '3m' | '1y' | 'all';
export const RANGES: readonly RangeId[] = ['4w', '3m', '1y', 'all'];
const LENGTH: Record<Exclude<RangeId, 'all'>, number> = { '4w': 28, '3m': 91, '1y': 365 };

/** The day keys of a range ending today, oldest first; "all" starts at `firstDay` (at least 4 weeks). */
export function rangeDays(range: RangeId, today: DayKey, firstDay: DayKey | null): DayKey[] {
  const four = shiftDay(today, -27);
  const start = range === 'all' ? (firstDay && firstDay < four ? firstDay : four) : shiftDay(today, -(LENGTH[range] - 1));
  const days: DayKey[] = [];
  for (let day = start; day <= today; day = shiftDay(day, 1)) days.push(day);
  return days;
}
