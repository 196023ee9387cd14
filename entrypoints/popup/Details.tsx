import { ClinicContact } from '@/components/ClinicContact';
import { useCheckins } from '@/hooks/useCheckins';
import { useCheckedSnapshot } from '@/hooks/useSnapshot';
import { clinicContact } from '@/utils/clinic/contact';
import { goalWeek } from '@/utils/nudges/context';
import type { RawSnapshot } from '@/utils/stored/keys';
import { MoodToday } from './MoodToday';
import { LogTreatment } from './LogTreatment';
import { NudgePanel } from './NudgePanel';
import { TodayHabits } from './TodayHabits';

export interface DetailsProps {
  /** The popup's one storage read, kept current by its one watcher. */
  raw: RawSnapshot;
  now: Date;
  windowOpen: boolean;
}

/**
 * What the popup shows below the phase card, loaded after the card is drawn: the same storage
 * read, checked in full (a refused value is set aside here), and this week's check-ins in one
 * IndexedDB read shared by the habits and the nudge line; today's mood and the questionnaires'
 * due line (issue 11).
 */
export function PopupDetails({ raw, now, windowOpen }: DetailsProps) {
  const stored = useCheckedSnapshot(raw);
  const weekKeys = stored ? goalWeek(stored.settings, now) : [];
  const week = useCheckins(weekKeys, now);
  if (!stored) return null;
  return (
    <>
      <ClinicContact contact={clinicContact(stored.clinic)} />
      <LogTreatment now={now} kind={stored.treatment.protocol.kind} />
      <MoodToday stored={stored} now={now} />
      {week && <TodayHabits stored={stored} now={now} windowOpen={windowOpen} weekKeys={weekKeys} week={week} />}
      {week && <NudgePanel stored={stored} now={now} week={week.of(weekKeys)} />}
    </>
  );
}
