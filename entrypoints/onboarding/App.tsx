import { useEffect, useState } from 'preact/hooks';
import { ClinicDetails } from '@/components/ClinicDetails';
import { ClinicLinkForm } from '@/components/ClinicLinkForm';
import { ClinicSetupFlow } from '@/components/ClinicSetupFlow';
import { CrisisLink } from '@/components/CrisisLink';
import { HabitPicker } from '@/components/HabitPicker';
import { OnboardingStep } from '@/components/OnboardingStep';
import { t } from '@/utils/catalogue';
import { summarizeProfile } from '@/utils/clinic/summary';
import { habitChoices, saveHabitChoices } from '@/utils/habits/onboarding';
import { editRecord } from '@/utils/shell/snapshot';
import { useClinicSetup } from '@/hooks/useClinicSetup';
import { InfusionEntries, TreatmentKindChoice } from '@/entrypoints/options/TreatmentEntries';
import { useNow } from '@/hooks/useNow';
import { useSnapshot } from '@/hooks/useSnapshot';

const STEPS = 4;

/**
 * onboarding.html, opened once on install: (1) the clinic's link or skip, (2) infusion dates,
 * (3) habits and nudge times with the clinic's suggestions ticked, (4) what stays on this
 * device. Every step can be skipped and done later in settings.
 */
export function OnboardingApp() {
  const [step, setStep] = useState(1);
  const [finished, setFinished] = useState(false);
  const stored = useSnapshot();
  const setup = useClinicSetup();
  const now = useNow(60_000);
  useEffect(() => {
    document.title = t('firstScreenTitle');
  }, []);
  if (!stored) return <main aria-busy="true" />;
  const { clinic, treatment, habits } = stored;

  const back = step > 1 ? () => setStep(step - 1) : null;
  const next = () => (step < STEPS ? setStep(step + 1) : setFinished(true));
  const common = { step, of: STEPS, onBack: back, onNext: next, nextLabel: step < STEPS ? t('onboardingNext') : t('onboardingFinish') };

  return (
    <main class="stack page">
      <h1>{t('firstScreenTitle')}</h1>
      <p class="muted">{t('onboardingLater')}</p>
      {finished ? (
        <p role="status" class="card">
          {t('onboardingFinished')}
        </p>
      ) : step === 1 ? (
        <OnboardingStep {...common} heading={t('onboardingClinicHeading')} intro={clinic ? undefined : t('onboardingClinicIntro')} onSkip={clinic ? null : next}>
          {clinic ? (
            <>
              <p role="status">
                <strong>{t('onboardingClinicDone', clinic.profile.name)}</strong>
              </p>
              <ClinicDetails summary={summarizeProfile(clinic.profile)} headingLevel={3} />
            </>
          ) : (
            <>
              <ClinicLinkForm onPreview={(text) => void setup.preview(text)} error={setup.state.stage === 'error' ? setup.state.error : null} />
              <ClinicSetupFlow state={setup.state} onConfirm={(ids) => void setup.confirm(ids)} onCancel={setup.cancel} />
            </>
          )}
        </OnboardingStep>
      ) : step === 2 ? (
        <OnboardingStep {...common} heading={t('onboardingDatesHeading')} intro={t('onboardingDatesIntro')} onSkip={next}>
          <TreatmentKindChoice treatment={treatment} />
          <InfusionEntries treatment={treatment} now={now} />
        </OnboardingStep>
      ) : step === 3 ? (
        <OnboardingStep {...common} heading={t('onboardingHabitsHeading')} intro={t('onboardingHabitsIntro')} onSkip={next}>
          <HabitPicker
            initial={habitChoices(habits, clinic?.profile ?? null)}
            onSave={(choices) => editRecord('habits', (record) => saveHabitChoices(record, choices, clinic?.profile ?? null, new Date()))}
          />
        </OnboardingStep>
      ) : (
        <OnboardingStep {...common} heading={t('onboardingPrivacyHeading')} onSkip={null}>
          <ul>
            <li>{t('onboardingPrivacy1')}</li>
            <li>{t('onboardingPrivacy2')}</li>
            <li>{t('onboardingPrivacy3')}</li>
          </ul>
        </OnboardingStep>
      )}
      <footer class="stack small">
        <CrisisLink />
        <p class="muted">{t('notMedicalAdvice')}</p>
      </footer>
    </main>
  );
}
