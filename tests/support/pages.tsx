import { ClinicSection } from '@/entrypoints/options/ClinicSection';
import { HabitsSection } from '@/entrypoints/options/HabitsSection';
import type { DetailsProps } from '@/entrypoints/popup/Details';
import { PopupDetails } from '@/entrypoints/popup/Details';
import { useCheckins } from '@/hooks/useCheckins';
import { useNow } from '@/hooks/useNow';
import { useSnapshot } from '@/hooks/useSnapshot';
import { useStoredRaw } from '@/hooks/useStoredRaw';
import { backfillDays } from '@/utils/habits/settingsView';
import { dayKey } from '@/utils/time/dayKey';

/**
 * Page sections as their page wires them (one snapshot, one clock, one read of the days), for
 * component tests of one section at a time.
 */
export function HabitsSectionOnPage() {
  const stored = useSnapshot();
  const now = useNow(60_000);
  const days = backfillDays(dayKey(now));
  const checkins = useCheckins(stored ? days : [], now);
  if (!stored || !checkins) return null;
  return <HabitsSection habits={stored.habits} weekStartsOn={stored.settings.weekStartsOn} now={now} days={days} checkins={checkins} />;
}

export function ClinicSectionOnPage() {
  const stored = useSnapshot();
  return stored ? <ClinicSection clinic={stored.clinic} /> : null;
}

/** What the popup loads below its phase card, from the popup's one storage read. */
export function PopupDetailsOnPage(props: Omit<DetailsProps, 'raw'>) {
  const raw = useStoredRaw();
  return raw ? <PopupDetails raw={raw} {...props} /> : null;
}
