import { EntryList } from '@/components/EntryList';
import { t } from '@/utils/catalogue';
import { INFUSION_KINDS, SESSION_KINDS, entryRows, kindOptions } from '@/utils/treatment/entryRows';
import { editRecord, updateRecord } from '@/utils/shell/snapshot';
import type { Infusion, TherapySession, TreatmentRecord } from '@/utils/treatment/record';
import type { EditResult } from '@/utils/treatment/edits';
import { removeInfusion, removeSession, saveInfusion, saveSession } from '@/utils/treatment/edits';

/** Applies one edit to the freshest stored record; returns the error sentence or null. */
export const editTreatment = (change: (record: TreatmentRecord) => EditResult) => editRecord('treatment', change);

const remove = (change: (record: TreatmentRecord) => TreatmentRecord) => void updateRecord('treatment', change);

/** The infusions list with its add form, wired to storage: on the options page and in onboarding. */
export function InfusionEntries({ treatment, now }: { treatment: TreatmentRecord; now: Date }) {
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
