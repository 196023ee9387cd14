import type { Answer, Band, MeasureId } from './questionnaires';
import { MEASURES, PHQ9_SAFETY_ITEM } from './questionnaires';

/** The answers as given so far: null where a question is not answered. */
export type AnswerSheet = Array<Answer | null>;

export type Scored = { ok: true; total: number; band: Band } | { ok: false; /** 0-based index of the first unanswered question. */ missing: number };

/** The band a total falls in, as the authors define it. Throws on a total outside 0…max. */
export function bandOf(measure: MeasureId, total: number): Band {
  const band = MEASURES[measure].bands.find((b) => total >= b.from && total <= b.to);
  if (!band || !Number.isInteger(total)) throw new RangeError(`${measure} total ${total} is outside 0–${MEASURES[measure].max}`);
  return band;
}

/** Sum and band; a sheet with any question unanswered has no score (never a partial sum). */
export function scoreAnswers(measure: MeasureId, answers: AnswerSheet): Scored {
  const count = MEASURES[measure].items.length;
  for (let i = 0; i < count; i++) if (answers[i] === null || answers[i] === undefined) return { ok: false, missing: i };
  const total = answers.slice(0, count).reduce<number>((sum, a) => sum + (a ?? 0), 0);
  return { ok: true, total, band: bandOf(measure, total) };
}

/**
 * Any answer above "Not at all" to PHQ-9 item 9 calls for crisis help at once, before the
 * score and whatever the total (docs/clinical-defaults.md#crisis-help; Simon 2013).
 */
export function needsCrisisHelp(measure: MeasureId, answers: AnswerSheet): boolean {
  return measure === 'phq9' && (answers[PHQ9_SAFETY_ITEM] ?? 0) > 0;
}

/** Response: a fall of at least 50% from baseline (McInnes 2022; measurement-based care). */
export const isResponse = (baseline: number, score: number) => baseline > 0 && score <= baseline / 2;
/** Remission: a PHQ-9 under 5. */
export const REMISSION_BELOW = 5;
/** The smallest change that matters for one person on the PHQ-9 (Löwe 2004). */
export const MEANINGFUL_CHANGE = 5;
