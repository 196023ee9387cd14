import { Fragment } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { ClinicContact } from '@/utils/clinic/contact';
import type { CrisisCountry } from '@/utils/crisis/countries';
import type { Answer, MeasureId } from '@/utils/measures/questionnaires';
import { ANSWERS, BAND_KEYS, MEASURES, PHQ9_SAFETY_ITEM } from '@/utils/measures/questionnaires';
import type { AnswerSheet } from '@/utils/measures/score';
import { needsCrisisHelp, scoreAnswers } from '@/utils/measures/score';
import { CrisisPanel } from './CrisisPanel';

interface Props {
  measure: MeasureId;
  clinic: ClinicContact | null;
  /** Whose crisis lines the item-9 panel shows. */
  crisisCountry: CrisisCountry;
  /** Saves a complete sheet; resolves to null, or the sentence of what went wrong. */
  onSave: (answers: Answer[], difficulty: Answer | null) => Promise<string | null>;
}

type Result = { total: number; max: number; band: string; from: number; to: number };

/**
 * One questionnaire as the authors print it: the recall period, each question a radio group
 * named by the question, the four answers, the closing difficulty question, the attribution.
 * "See my score" saves nothing until every question is answered, and names the first that
 * is not. PHQ-9 item 9 above "Not at all" brings the crisis panel at once, before the score.
 */
export function Questionnaire({ measure, clinic, crisisCountry, onSave }: Props) {
  const { items, recall } = MEASURES[measure];
  const [answers, setAnswers] = useState<AnswerSheet>(() => items.map(() => null));
  const [difficulty, setDifficulty] = useState<Answer | null>(null);
  const [crisis, setCrisis] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const name = t(`${measure}Name` as 'phq9Name');

  const answer = (index: number, value: Answer) => {
    const next = answers.map((a, i) => (i === index ? value : a));
    setAnswers(next);
    setError(null);
    setResult(null);
    // At once: the moment item 9 is answered above "Not at all", not at the end.
    if (needsCrisisHelp(measure, next)) setCrisis(true);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const scored = scoreAnswers(measure, answers);
    if (!scored.ok) {
      setError(t('measureMissing', scored.missing + 1, t(items[scored.missing]!)));
      form.current?.querySelector<HTMLInputElement>(`input[name="${measure}-${scored.missing}"]`)?.focus();
      return;
    }
    if (needsCrisisHelp(measure, answers)) setCrisis(true);
    setBusy(true);
    const failed = await onSave(answers as Answer[], difficulty);
    setBusy(false);
    if (failed) return setError(t('measureSaveFailed', failed));
    const { band } = scored;
    setResult({ total: scored.total, max: MEASURES[measure].max, band: t(BAND_KEYS[band.id]), from: band.from, to: band.to });
  };

  // The form's own words stay in English in another language's page (issue 13): marked so, for screen readers.
  const formLang = t('catalogueLocale') === 'en' ? undefined : 'en';
  const question = (key: string, index: number, text: string, labels: string[], value: Answer | null, onPick: (a: Answer) => void) => (
    <div class="question" key={key} lang={formLang}>
      <p id={`${key}-text`} class="question-text">
        {index > 0 && <span class="question-number">{index}. </span>}
        {text}
      </p>
      <div role="radiogroup" aria-labelledby={`${key}-text`} class="answers">
        {ANSWERS.map((a) => (
          <label key={a} class={`answer${value === a ? ' chosen' : ''}`}>
            <input type="radio" name={key} value={a} checked={value === a} onChange={() => onPick(a)} />
            <span>{labels[a]}</span>
          </label>
        ))}
      </div>
    </div>
  );

  const answerLabels = ANSWERS.map((a) => t(`answer${a}` as 'answer0'));
  const difficultyLabels = ANSWERS.map((a) => t(`difficulty${a}` as 'difficulty0'));
  const crisisPanel = crisis && <CrisisPanel clinic={clinic} country={crisisCountry} onClose={() => setCrisis(false)} />;

  return (
    <form ref={form} class="questionnaire card stack" aria-labelledby={`${measure}-title`} onSubmit={(e) => void submit(e)} noValidate>
      <h2 id={`${measure}-title`}>{t(`${measure}Title` as 'phq9Title')}</h2>
      <p class="recall" lang={formLang}>
        <strong>{t(recall)}</strong>
      </p>
      {items.map((key, i) => (
        <Fragment key={key}>
          {question(`${measure}-${i}`, i + 1, t(key), answerLabels, answers[i] ?? null, (a) => answer(i, a))}
          {measure === 'phq9' && i === PHQ9_SAFETY_ITEM && crisisPanel}
        </Fragment>
      ))}
      {question(`${measure}-difficulty`, 0, t('difficultyQuestion'), difficultyLabels, difficulty, setDifficulty)}
      <p class="muted small attribution" lang={formLang}>{t('measureAttribution')}</p>
      <p class="row">
        <button type="submit" class="primary" disabled={busy}>
          {t('seeMyScore')}
        </button>
      </p>
      <p role="status" class="error">
        {error ?? ''}
      </p>
      {result && (
        <section class="score-result" aria-labelledby={`${measure}-score`} data-testid="score-result">
          <h3 id={`${measure}-score`}>{t('scoreLine', name, result.total, result.max)}</h3>
          <p>{t('bandLine', result.from, result.to, result.band)}</p>
          <p>
            <strong>{t('scoreNotDiagnosis')}</strong>
          </p>
        </section>
      )}
    </form>
  );
}
