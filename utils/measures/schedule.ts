import type { TreatmentRecord } from '@/utils/treatment/record';
import { phaseAt } from '@/utils/treatment/phaseAt';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey, shiftDay } from '@/utils/time/dayKey';
import type { MeasureSettings } from './settings';

/**
 * When the next PHQ-9 and GAD-7 are due (docs/clinical-defaults.md#measures): a baseline before
 * or at the first infusion, then every `inductionEveryDays` (7) during the series and every
 * `maintenanceEveryDays` (14) after. Both questionnaires are taken together, so the schedule
 * follows the later of the two last answered (one missing makes a baseline due). Day keys,
 * so DST never moves a due day.
 */
export type MeasureDue =
  | { status: 'none' }
  | { status: 'baseline'; dueOn: DayKey }
  | { status: 'upcoming' | 'due'; dueOn: DayKey; everyDays: number };

export function measureDue(
  treatment: TreatmentRecord,
  settings: MeasureSettings,
  /** Day of the latest PHQ-9 and of the latest GAD-7, null where there is none. */
  last: { phq9: DayKey | null; gad7: DayKey | null },
  now: Date,
): MeasureDue {
  const today = dayKey(now);
  const first = [...treatment.infusions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0];
  // No treatment entered yet: nothing to measure against.
  if (!first) return { status: 'none' };
  if (last.phq9 === null || last.gad7 === null) {
    const firstDay = dayKey(new Date(first.at));
    return { status: 'baseline', dueOn: firstDay < today ? today : firstDay };
  }
  const latest = last.phq9 > last.gad7 ? last.phq9 : last.gad7;
  const everyDays = phaseAt(treatment, now).phase === 'maintenance' ? settings.maintenanceEveryDays : settings.inductionEveryDays;
  const dueOn = shiftDay(latest, everyDays);
  return { status: dueOn <= today ? 'due' : 'upcoming', dueOn, everyDays };
}
