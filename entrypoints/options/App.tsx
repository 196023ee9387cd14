import { EntryList } from '../../components/EntryList';
import { ProtocolForm } from '../../components/ProtocolForm';
import { RecoveryNotice } from '../../components/RecoveryNotice';
import { CrisisLink } from '../../components/CrisisLink';
import { HabitsSection } from './HabitsSection';
import { NudgesSection } from './NudgesSection';
import { ClinicSection } from './ClinicSection';
import { DataSection } from './DataSection';
import { t } from '../../utils/catalogue';
import { INFUSION_KINDS, SESSION_KINDS, entryRows, kindOptions } from '../../utils/entryRows';
import { downloadText } from '../../utils/shell/download';
import { recoveryItem } from '../../utils/shell/storage';
import { loadTreatment, saveTreatment, watchTreatment } from '../../utils/shell/treatmentStore';
import { useNow, useStored } from '../../utils/shell/useStored';
import type { EditResult } from '../../utils/treatmentEdits';
import { removeInfusion, removeSession, saveInfusion, saveSession, setProtocolValue } from '../../utils/treatmentEdits';
import type { Infusion, TherapySession, TreatmentRecord } from '../../utils/treatment';

/** Applies one edit to the freshest stored record; returns the error sentence or null. */
async function edit(change: (record: TreatmentRecord) => EditResult): Promise<string | null> {
  const result = change(await loadTreatment());
  if (!result.ok) return result.error;
  await saveTreatment(result.record);
  return null;
}

export function OptionsApp() {
  const treatment = useStored(loadTreatment, watchTreatment);
  const recovered = useStored(() => recoveryItem.getValue(), (cb) => recoveryItem.watch(cb));
  const now = useNow(60_000);
  if (!treatment) return <main aria-busy="true" />;

  return (
    <main class="stack options">
      <h1>{t('optionsTitle')}</h1>
      <RecoveryNotice
        count={recovered?.length ?? 0}
        onDownload={() => downloadText('afterglow-unreadable-data.json', JSON.stringify(recovered, null, 2))}
        onDismiss={() => void recoveryItem.setValue([])}
      />
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
          edit((r) => saveInfusion(r, { ...input, kind: input.kind as Infusion['kind'] }, new Date(), replacing))
        }
        onDelete={(at) => void loadTreatment().then((r) => saveTreatment(removeInfusion(r, at)))}
      />
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
          edit((r) => saveSession(r, { ...input, kind: input.kind as TherapySession['kind'] }, new Date(), replacing))
        }
        onDelete={(at) => void loadTreatment().then((r) => saveTreatment(removeSession(r, at)))}
      />
      <ProtocolForm protocol={treatment.protocol} onSet={(key, raw) => edit((r) => setProtocolValue(r, key, raw))} />
      <HabitsSection />
      <NudgesSection />
      <ClinicSection />
      <DataSection />
      <footer class="stack small">
        <p class="muted">{t('privacyOneLine')}</p>
        <CrisisLink />
        <p class="muted">{t('notMedicalAdvice')}</p>
      </footer>
    </main>
  );
}
