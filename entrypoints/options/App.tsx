import { ProtocolForm } from '@/components/ProtocolForm';
import { RecoveryNotice } from '@/components/RecoveryNotice';
import { CrisisLink } from '@/components/CrisisLink';
import { HabitsSection } from './HabitsSection';
import { NudgesSection } from './NudgesSection';
import { ClinicSection } from './ClinicSection';
import { DataSection } from './DataSection';
import { InfusionEntries, SessionEntries, editTreatment } from './TreatmentEntries';
import { t } from '@/utils/catalogue';
import { downloadText } from '@/utils/shell/download';
import { recoveryItem } from '@/utils/shell/storage';
import { loadTreatment, watchTreatment } from '@/utils/shell/treatmentStore';
import { useNow, useStored } from '@/hooks/useStored';
import { setProtocolValue } from '@/utils/treatment/edits';

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
      <InfusionEntries treatment={treatment} now={now} />
      <SessionEntries treatment={treatment} now={now} />
      <ProtocolForm protocol={treatment.protocol} onSet={(key, raw) => editTreatment((r) => setProtocolValue(r, key, raw))} />
      <HabitsSection />
      <NudgesSection treatment={treatment} />
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
