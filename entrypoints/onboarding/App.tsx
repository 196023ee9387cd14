import { useEffect, useRef, useState } from 'preact/hooks';
import { ClinicDetails } from '@/components/ClinicDetails';
import { ClinicLinkForm } from '@/components/ClinicLinkForm';
import { ClinicSetupFlow } from '@/components/ClinicSetupFlow';
import { CrisisLink } from '@/components/CrisisLink';
import { HabitPicker } from '@/components/HabitPicker';
import { OnboardingStep } from '@/components/OnboardingStep';
import { SetupReady } from '@/components/SetupReady';
import { t } from '@/utils/catalogue';
import { summarizeProfile } from '@/utils/clinic/summary';
import { habitChoices, saveHabitChoices } from '@/utils/habits/onboarding';
import { applyHours, hoursDraft } from '@/utils/nudges/edits';
import { setupSummary } from '@/utils/onboarding/setupSummary';
import { crisisCountryFor } from '@/utils/crisis/countries';
import { editRecord } from '@/utils/shell/snapshot';
import { useClinicSetup } from '@/hooks/useClinicSetup';
import { InfusionEntries, TreatmentKindChoice } from '@/entrypoints/options/TreatmentEntries';
import { useNow } from '@/hooks/useNow';
import type { PendingSave } from '@/hooks/usePendingSave';
import { useSnapshot } from '@/hooks/useSnapshot';

const STEPS = 4;

const saveBedtime = (bedtime: string) =>
  editRecord('settings', (settings) => {
    const edited = applyHours(settings, { ...hoursDraft(settings), bedtime });
    return edited.ok ? { ok: true, record: edited.value } : edited;
  });

/**
 * onboarding.html, opened once on install: (1) the clinic's link, (2) infusion dates, (3) habits
 * and nudge times (the clinic's suggestions ticked, if there is a clinic), (4) what is set up,
 * read from storage, how to pin Afterglow, and what stays on this device. Next keeps what a step
 * holds (adds a typed date, saves the ticks) or stays with the message; nothing is dropped.
 */
export function OnboardingApp() {
  const [step, setStep] = useState(1);
  const [finished, setFinished] = useState(false);
  const stored = useSnapshot();
  const setup = useClinicSetup();
  const now = useNow(60_000);
  // What the current step has typed but not saved; Next saves it first (issue 16).
  const pending = useRef<PendingSave | null>(null);
  useEffect(() => {
    document.title = t('firstScreenTitle');
  }, []);
  if (!stored) return <main aria-busy="true" />;
  const { clinic, treatment, habits, settings } = stored;
  const profile = clinic?.profile ?? null;

  const go = (to: number) => setStep(to);
  const back = step > 1 ? () => go(step - 1) : null;
  const next = async () => {
    // A clinic preview waiting for its confirmation is not left behind either.
    if (step === 1 && !clinic && setup.state.stage === 'review') return;
    if (pending.current && !(await pending.current())) return;
    if (step < STEPS) go(step + 1);
    else setFinished(true);
  };
  const common = { step, of: STEPS, onBack: back, onNext: () => void next(), nextLabel: step < STEPS ? t('onboardingNext') : t('onboardingFinish') };

  return (
    <main class="stack page">
      <h1>{t('firstScreenTitle')}</h1>
      <p class="muted">{t('onboardingLater')}</p>
      {finished ? (
        <p role="status" class="card" tabIndex={-1} ref={(el) => el?.focus()}>
          {t('onboardingFinished')}
        </p>
      ) : step === 1 ? (
        <OnboardingStep {...common} heading={t('onboardingClinicHeading')} intro={clinic ? undefined : t('onboardingClinicIntro')}>
          {clinic ? (
            <>
              <p role="status">
                <strong>{t('onboardingClinicDone', clinic.profile.name)}</strong>
              </p>
              <ClinicDetails summary={summarizeProfile(clinic.profile)} headingLevel={3} />
            </>
          ) : (
            <>
              <ClinicLinkForm
                onPreview={(text) => void setup.preview(text)}
                error={setup.state.stage === 'error' ? setup.state.error : null}
                flushRef={pending}
              />
              <ClinicSetupFlow state={setup.state} onConfirm={(ids) => void setup.confirm(ids)} onCancel={setup.cancel} />
            </>
          )}
        </OnboardingStep>
      ) : step === 2 ? (
        <OnboardingStep {...common} heading={t('onboardingDatesHeading')} intro={t('onboardingDatesIntro')}>
          <TreatmentKindChoice treatment={treatment} />
          <InfusionEntries treatment={treatment} now={now} flushRef={pending} />
        </OnboardingStep>
      ) : step === 3 ? (
        <OnboardingStep {...common} heading={t('onboardingHabitsHeading')} intro={profile ? t('onboardingHabitsIntroClinic') : t('onboardingHabitsIntro')}>
          <HabitPicker
            initial={habitChoices(habits, profile)}
            onSave={(choices) => editRecord('habits', (record) => saveHabitChoices(record, choices, profile, new Date()))}
            bedtime={settings.bedtime}
            onBedtime={saveBedtime}
            flushRef={pending}
          />
        </OnboardingStep>
      ) : (
        <OnboardingStep {...common} heading={t('onboardingReadyHeading')}>
          <SetupReady summary={setupSummary(stored, now)} />
          <h3>{t('onboardingPrivacyHeading')}</h3>
          <ul>
            <li>{t('onboardingPrivacy1')}</li>
            <li>{t('onboardingPrivacy2')}</li>
            <li>{t('onboardingPrivacy3')}</li>
          </ul>
        </OnboardingStep>
      )}
      <footer class="stack small">
        <CrisisLink country={crisisCountryFor(settings.crisisCountry, navigator.language)} />
        <p class="muted">{t('notMedicalAdvice')}</p>
      </footer>
    </main>
  );
}
