import { EntryList } from '@/components/EntryList';
import { StagesForm } from '@/components/StagesForm';
import { TreatmentKindControl } from '@/components/TreatmentKindControl';
import { t } from '@/utils/catalogue';
import { SESSION_KINDS, entryRows, infusionKinds, kindOptions, treatmentRows } from '@/utils/treatment/entryRows';
import { inWordsOf as w } from '@/utils/treatment/words';
import { editRecord, updateRecord } from '@/utils/shell/snapshot';
import type { Infusion, TherapySession, TreatmentRecord } from '@/utils/treatment/record';
import type { EditResult } from '@/utils/treatment/edits';
import { addStage, removeInfusion, removeSession, removeStage, saveInfusion, saveSession, setStageValue, setTreatmentKind } from '@/utils/treatment/edits';

/** Applies one edit to the freshest stored record; returns the error sentence or null. */
export const editTreatment = (change: (record: TreatmentRecord) => EditResult) => editRecord('treatment', change);

const remove = (change: (record: TreatmentRecord) => TreatmentRecord) => void updateRecord('treatment', change);

/** The "Treatment kind" control, wired to storage: on the options page and in onboarding (issue 15). */
export function TreatmentKindChoice({ treatment }: { treatment: TreatmentRecord }) {
  return <TreatmentKindControl kind={treatment.protocol.kind} onChoose={(kind) => updateRecord('treatment', (r) => setTreatmentKind(r, kind))} />;
}

/** The stages after the series, wired to storage. */
export function StageEntries({ treatment }: { treatment: TreatmentRecord }) {
  return (
    <StagesForm
      protocol={treatment.protocol}
      onSet={(index, key, raw) => editTreatment((r) => setStageValue(r, index, key, raw))}
      onAdd={() => editTreatment(addStage)}
      onRemove={(index) => remove((r) => removeStage(r, index))}
    />
  );
}

/** The treatment dates with their add form, in the words of the kind, wired to storage: on the options page and in onboarding. */
export function InfusionEntries({ treatment, now }: { treatment: TreatmentRecord; now: Date }) {
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
      onDelete={(at) => remove((r) => removeInfusion(r, at))}
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
      onDelete={(at) => remove((r) => removeSession(r, at))}
    />
  );
}
