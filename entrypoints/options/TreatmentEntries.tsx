import type { RefObject } from 'preact';
import type { PendingSave } from '@/hooks/usePendingSave';
import { EntryList } from '@/components/EntryList';
import { t } from '@/utils/catalogue';
import { INFUSION_KINDS, SESSION_KINDS, entryRows, kindOptions } from '@/utils/treatment/entryRows';
import { editRecord, editStored, updateRecord } from '@/utils/shell/snapshot';
import type { Infusion, TherapySession, TreatmentRecord } from '@/utils/treatment/record';
import type { EditResult } from '@/utils/treatment/edits';
import { SAME_INFUSION_HOURS, nearbyInfusion, restoreEntry, saveInfusion, saveSession } from '@/utils/treatment/edits';
import { formatFull } from '@/utils/time/format';

/** Applies one edit to the freshest stored record; returns the error sentence or null. */
export const editTreatment = (change: (record: TreatmentRecord) => EditResult) => editRecord('treatment', change);

type Entry = { at: string; kind: string; note?: string };
type ListKey = 'infusions' | 'sessions';
// Both lists hold dated entries; the kind is checked where the entry was first saved.
const listOf = (record: TreatmentRecord, key: ListKey) => record[key] as Entry[];
const withList = (record: TreatmentRecord, key: ListKey, list: Entry[]) => ({ ...record, [key]: list }) as TreatmentRecord;

/**
 * Deletes the entry at `at` from the freshest record; resolves to its Undo, which puts back
 * exactly what was deleted (issue 16: undo instead of loss).
 */
async function remove(key: ListKey, at: string): Promise<() => Promise<void>> {
  const gone = await editStored((stored) => {
    const entry = listOf(stored.treatment, key).find((e) => e.at === at);
    const rest = listOf(stored.treatment, key).filter((e) => e !== entry);
    return { write: entry ? { treatment: withList(stored.treatment, key, rest) } : null, result: entry };
  });
  return () => (gone ? updateRecord('treatment', (r) => withList(r, key, restoreEntry(listOf(r, key), gone))) : Promise.resolve());
}

/** The infusions list with its add form, wired to storage: on the options page and in onboarding. */
export function InfusionEntries({ treatment, now, flushRef }: { treatment: TreatmentRecord; now: Date; flushRef?: RefObject<PendingSave | null> }) {
  return (
    <EntryList
      id="infusion"
      heading={t('infusionsHeading')}
      fieldLabel={t('infusionAtLabel')}
      kindLabel={t('infusionKindLabel')}
      addLabel={t('addInfusion')}
      emptyText={t('noInfusionsYet')}
      kinds={kindOptions(INFUSION_KINDS)}
      rows={entryRows(treatment.infusions, INFUSION_KINDS, now)}
      onSave={(input, replacing) =>
        editTreatment((r) => saveInfusion(r, { ...input, kind: input.kind as Infusion['kind'] }, new Date(), replacing))
      }
      onDelete={(at) => remove('infusions', at)}
      nearby={(input, replacing) => {
        const near = nearbyInfusion(treatment, input.at, new Date(), replacing);
        return near && { at: near.at, question: t('sameInfusionQuestion', formatFull(new Date(near.at)), SAME_INFUSION_HOURS) };
      }}
      flushRef={flushRef}
    />
  );
}

/** The therapy sessions list with its add form, wired to storage. */
export function SessionEntries({ treatment, now }: { treatment: TreatmentRecord; now: Date }) {
  return (
    <EntryList
      id="session"
      heading={t('sessionsHeading')}
      fieldLabel={t('sessionAtLabel')}
      kindLabel={t('sessionKindLabel')}
      addLabel={t('addSession')}
      emptyText={t('noSessionsYet')}
      kinds={kindOptions(SESSION_KINDS)}
      rows={entryRows(treatment.sessions, SESSION_KINDS, now)}
      onSave={(input, replacing) =>
        editTreatment((r) => saveSession(r, { ...input, kind: input.kind as TherapySession['kind'] }, new Date(), replacing))
      }
      onDelete={(at) => remove('sessions', at)}
    />
  );
}
