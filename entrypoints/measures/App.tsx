import { CrisisLink } from '@/components/CrisisLink';
import { Questionnaire } from '@/components/Questionnaire';
import { useSnapshot } from '@/hooks/useSnapshot';
import { t } from '@/utils/catalogue';
import { clinicContact } from '@/utils/clinic/contact';
import { crisisCountryFor } from '@/utils/crisis/countries';
import type { Answer, MeasureId } from '@/utils/measures/questionnaires';
import { MEASURE_IDS } from '@/utils/measures/questionnaires';
import { addScore } from '@/utils/shell/history';
import { dayKey } from '@/utils/time/dayKey';

/** One completed questionnaire into today's list in IndexedDB: answers only, the score is summed. */
async function saveScore(measure: MeasureId, answers: Answer[], difficulty: Answer | null): Promise<string | null> {
  const now = new Date();
  try {
    await addScore(dayKey(now), { measure, at: now.toISOString(), answers, ...(difficulty !== null ? { difficulty } : {}) });
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * measures.html: the PHQ-9 and the GAD-7, as printed. The page's one snapshot gives the
 * clinic's phone for the crisis panel; nothing else is read until a sheet is saved.
 */
export function MeasuresApp() {
  const stored = useSnapshot();
  if (!stored) return <main aria-busy="true" />;
  const clinic = clinicContact(stored.clinic);
  const crisisCountry = crisisCountryFor(stored.settings.crisisCountry, navigator.language);
  return (
    <main class="measures-page stack">
      <h1>{t('measuresPageTitle')}</h1>
      <p class="muted">{t('privacyOneLine')}</p>
      {/* The forms are shown only in their authors' own wording: English until the official translation is here (docs/measures.md). */}
      {t('catalogueLocale') !== 'en' && (
        <p class="notice" lang={t('catalogueLocale')} data-testid="forms-in-english">
          {t('measuresFormsInEnglish')}
        </p>
      )}
      {MEASURE_IDS.map((measure) => (
        <Questionnaire key={measure} measure={measure} clinic={clinic} crisisCountry={crisisCountry} onSave={(answers, difficulty) => saveScore(measure, answers, difficulty)} />
      ))}
      <footer class="stack small">
        <p>
          <a href="/history.html">{t('openHistory')}</a>
        </p>
        <CrisisLink country={crisisCountry} />
        <p class="muted">{t('notMedicalAdvice')}</p>
      </footer>
    </main>
  );
}
