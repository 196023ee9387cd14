import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { CrisisLink } from '@/components/CrisisLink';
import { FirstScreen } from '@/components/FirstScreen';
import { PhaseCard } from '@/components/PhaseCard';
import { PopupHeader } from '@/components/PopupHeader';
import { useNow } from '@/hooks/useNow';
import { useStoredRaw } from '@/hooks/useStoredRaw';
import { t } from '@/utils/catalogue';
import { crisisCountryInStored } from '@/utils/crisis/countries';
import { treatmentAtFirstPaint } from '@/utils/treatment/firstPaint';
import { phaseAt } from '@/utils/treatment/phaseAt';
import { phaseView } from '@/utils/treatment/phaseView';
import type { DetailsProps } from './Details';
import loadDetails from 'chunk-loader:./Details';

const openOptions = () => void browser.runtime.openOptionsPage();

/**
 * The popup. Its first paint is the phase card, from the page's one storage read with only the
 * treatment record read (by hand: utils/treatment/firstPaint.ts). Everything else (the clinic line, today's habits, the next nudge
 * and the pause) is in ./Details, whose code is fetched after that first paint and which
 * checks the same read in full (issue 10).
 */
export function PopupApp() {
  const raw = useStoredRaw();
  const now = useNow();
  const [Details, setDetails] = useState<FunctionComponent<DetailsProps> | null>(null);
  const ready = raw !== undefined;
  useEffect(() => {
    // Effects run after the browser has painted: the card is on screen before this starts.
    if (ready) void (loadDetails() as Promise<typeof import('./Details')>).then((module) => setDetails(() => module.PopupDetails));
  }, [ready]);

  if (!raw) return <main aria-busy="true" />;
  const treatment = treatmentAtFirstPaint(raw.treatment);
  const state = phaseAt(treatment, now);
  // The footer stays in view at the popup's foot however long the rest grows (popup.css).
  return (
    <>
      <PopupHeader />
      <main class="stack">
        {treatment.infusions.length === 0 ? <FirstScreen onStart={openOptions} kind={treatment.protocol.kind} /> : <PhaseCard view={phaseView(state, now)} />}
        {Details && <Details raw={raw} now={now} windowOpen={state.window !== null} />}
      </main>
      <footer class="small">
        <CrisisLink country={crisisCountryInStored(raw.settings, navigator.language)} />
        <p class="muted">{t('notMedicalAdvice')}</p>
      </footer>
    </>
  );
}
