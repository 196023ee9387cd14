import ical from 'ical-generator';
import { t } from '@/utils/catalogue';
import { SESSION_KINDS } from '@/utils/treatment/entryRows';
import type { TreatmentRecord } from '@/utils/treatment/record';
import { treatmentOf } from '@/utils/treatment/record';
import { inWordsOf as w } from '@/utils/treatment/words';

/**
 * Past and planned infusions and therapy sessions as an iCalendar file (RFC 5545), made with
 * ical-generator. Each event's UID comes from its kind and minute, so importing a newer file
 * into the same calendar updates events instead of doubling them. Events have a start only:
 * Afterglow does not know how long an appointment lasts.
 */
const compact = (iso: string) => new Date(iso).toISOString().slice(0, 16).replace(/[-:]/g, '');

export function treatmentCalendar(record: TreatmentRecord, now: Date): string {
  const calendar = ical({
    name: t(w('calendarName', record.protocol.kind)),
    prodId: { company: 'Afterglow', product: 'Afterglow', language: 'EN' },
  });
  for (const infusion of record.infusions) {
    calendar.createEvent({
      id: `infusion-${compact(infusion.at)}@afterglow.invalid`,
      start: new Date(infusion.at),
      stamp: now,
      // Each in the words of its own kind, as entered (issue 15).
      summary: t(w(infusion.kind === 'booster' ? 'calendarBooster' : 'calendarInfusion', treatmentOf(infusion, record.protocol.kind))),
      ...(infusion.note ? { description: infusion.note } : {}),
    });
  }
  for (const session of record.sessions) {
    calendar.createEvent({
      id: `session-${compact(session.at)}@afterglow.invalid`,
      start: new Date(session.at),
      stamp: now,
      summary: t('calendarSession', t(SESSION_KINDS[session.kind])),
      ...(session.note ? { description: session.note } : {}),
    });
  }
  return calendar.toString();
}
