import { browser } from 'wxt/browser';
import { CrisisLink } from '@/components/CrisisLink';
import { FirstScreen } from '@/components/FirstScreen';
import { PhaseCard } from '@/components/PhaseCard';
import { TodayHabits } from './TodayHabits';
import { ClinicLine } from './ClinicLine';
import { NudgePanel } from './NudgePanel';
import { t } from '@/utils/catalogue';
import { phaseAt } from '@/utils/treatment/phaseAt';
import { phaseView } from '@/utils/treatment/phaseView';
import { loadTreatment, watchTreatment } from '@/utils/shell/treatmentStore';
import { useNow, useStored } from '@/hooks/useStored';

const openOptions = () => void browser.runtime.openOptionsPage();

export function PopupApp() {
  const treatment = useStored(loadTreatment, watchTreatment);
  const now = useNow();
  // One storage read (a few milliseconds) stands between opening and the phase card.
  if (!treatment) return <main aria-busy="true" />;
  const state = phaseAt(treatment, now);
  return (
    <main class="stack">
      {treatment.infusions.length === 0 ? (
        <FirstScreen onStart={openOptions} />
      ) : (
        <PhaseCard view={phaseView(state, now)} />
      )}
      <ClinicLine />
      <TodayHabits now={now} windowOpen={state.window !== null} />
      <NudgePanel now={now} treatment={treatment} />
      <footer class="stack small">
        <p class="row">
          <a href="#" onClick={(e) => (e.preventDefault(), openOptions())}>
            {t('openOptions')}
          </a>
        </p>
        <CrisisLink />
        <p class="muted">{t('notMedicalAdvice')}</p>
      </footer>
    </main>
  );
}
