import type { RefObject } from 'preact';
import type { PendingSave } from '@/hooks/usePendingSave';
import { EntryList } from '@/components/EntryList';
import { StagesForm } from '@/components/StagesForm';
import { TreatmentKindControl } from '@/components/TreatmentKindControl';
import { t } from '@/utils/catalogue';
import { SESSION_KINDS, entryRows, infusionKinds, kindOptions, treatmentRows } from '@/utils/treatment/entryRows';
import { inWordsOf as w } from '@/utils/treatment/words';
import { editRecord, editStored, updateRecord } from '@/utils/shell/snapshot';
import type { Infusion, TherapySession, TreatmentRecord } from '@/utils/treatment/record';
import type { EditResult } from '@/utils/treatment/edits';
import { SAME_INFUSION_HOURS, addStage, nearbyInfusion, removeStage, restoreEntry, saveInfusion, saveSession, setTreatmentKind } from '@/utils/treatment/edits';
import { formatFull } from '@/utils/time/format';
import { saveField } from '@/utils/shell/fieldSave';

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

/** The "Treatment kind" control, wired to storage: on the options page and in onboarding (issue 15). */
export function TreatmentKindChoice({ treatment }: { treatment: TreatmentRecord }) {
  return <TreatmentKindControl kind={treatment.protocol.kind} onChoose={(kind) => updateRecord('treatment', (r) => setTreatmentKind(r, kind))} />;
}

/** The stages after the series, wired to storage. */
export function StageEntries({ treatment }: { treatment: TreatmentRecord }) {
  return (
    <StagesForm
      protocol={treatment.protocol}
      onSet={(index, key, raw) => saveField({ field: 'stage', index, key, raw }).then((problem) => problem?.error ?? null)}
      onAdd={() => editTreatment(addStage)}
      onRemove={(index) => void updateRecord('treatment', (r) => removeStage(r, index))}
    />
  );
}

/** The treatment dates with their add form, in the words of the kind, wired to storage: on the options page and in onboarding. */
export function InfusionEntries({ treatment, now, flushRef }: { treatment: TreatmentRecord; now: Date; flushRef?: RefObject<PendingSave | null> }) {
  const { kind } = treatment.protocol;
  return (
    <EntryList
      id="infusion"
      heading={t(w('infusionsHeading', kind))}
      fieldLabel={t(w('infusionAtLabel', kind))}
      kindLabel={t('infusionKindLabel')}
      addLabel={t(w('addInfusion', kind))}
      emptyText={t(w('noInfusionsYet', kind))}
      kinds={kindOptions(infusionKinds(kind))}
      rows={treatmentRows(treatment.infusions, kind, now)}
      onSave={(input, replacing) =>
        editTreatment((r) => saveInfusion(r, { ...input, kind: input.kind as Infusion['kind'] }, new Date(), replacing))
      }
      onDelete={(at) => remove('infusions', at)}
      nearby={(input, replacing) => {
        const near = nearbyInfusion(treatment, input.at, new Date(), replacing);
        return near && { at: near.at, question: t(w('sameInfusionQuestion', kind), formatFull(new Date(near.at)), SAME_INFUSION_HOURS), second: t(w('sameInfusionSecond', kind)) };
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
