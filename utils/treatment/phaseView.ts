import { t } from '@/utils/catalogue';
import { friendlyMoment } from '@/utils/time/format';
import type { PhaseState, StageNow } from './phaseAt';
import type { TreatmentKind } from './record';
import { treatmentOf } from './record';
import { inWordsOf as w } from './words';

/** "once a week", "twice a week", "once every 2 weeks" (times is 1–3: STAGE_LIMITS). */
export const cadence = ({ times, everyWeeks }: Pick<StageNow, 'times' | 'everyWeeks'>): string =>
  t(`${everyWeeks > 1 ? 'cadenceEvery' : 'cadence'}${times as 1 | 2 | 3}`, everyWeeks);

/** What the popup's phase card shows, as text: the card itself does no date math. */
export interface PhaseView {
  phase: PhaseState['phase'];
  /** The card's heading, which leaves the numbers to the figure: "Induction" (issue 14: nothing said twice). */
  heading: string;
  /**
   * The number that matters most now, as one sentence split around it so the card can draw it
   * largest: "38 hours left", "2 of 6 infusions done", "8 days since your last infusion".
   */
  figure: Figure | null;
  window: { label: string; endsAt: string; fractionLeft: number } | null;
  progress: { done: number; of: number; label: string } | null;
  lines: string[];
  guidance: string;
}

/** A sentence and the number in it: `before + value + after` reads as the whole sentence. */
export interface Figure {
  before: string;
  value: string;
  after: string;
}

/**
 * Splits a sentence at its number ("38", or "2 of 6": a number, one word, a number), so any
 * translation keeps its own word order; a sentence without a digit is all `before`.
 */
export function figureIn(sentence: string): Figure {
  const [before = '', value = '', ...after] = sentence.split(/(\d+(?: \S+ \d+)?)/);
  return { before, value, after: after.join('') };
}

/** "5 days since your last infusion", said the same in the popup, the tooltip and the summary. */
export function daysSinceLine(days: number, kind: TreatmentKind): string {
  return t(w(days === 0 ? 'daysSinceLastToday' : days === 1 ? 'daysSinceLastOne' : 'daysSinceLast', kind), days);
}

/** The phase in one phrase, with the series position: "Induction: infusion 2 of 6" (the care-team summary). */
export function phaseSentence(state: PhaseState): string {
  const { window, series, kind } = state;
  if (window) return t('phaseWindowOpen');
  if (state.phase === 'induction' && series) return t(w('phaseInduction', kind), series.done, series.of);
  return t(state.phase === 'maintenance' ? 'phaseMaintenance' : 'phaseBefore');
}

export function phaseView(state: PhaseState, now: Date): PhaseView {
  const lines: string[] = [];
  const { window, series, kind } = state;
  // The rest day follows the kind of the session it follows, as entered.
  const restKind = treatmentOf(state.lastInfusion, kind);

  const heading = t(window ? 'phaseWindowOpen' : state.phase === 'induction' ? 'phaseInductionTitle' : state.phase === 'maintenance' ? 'phaseMaintenance' : 'phaseBefore');

  if (state.restUntil) lines.push(t(w('restDay', restKind), friendlyMoment(state.restUntil, now)));
  // In the window its hours lead; the schedule's week comes back when it closes (the popup fits 600 px).
  if (state.stage && !window) lines.push(t('stageWeek', state.stage.week, cadence(state.stage)));
  if (state.nextScheduled) lines.push(t(w('nextInfusionScheduled', kind), friendlyMoment(new Date(state.nextScheduled.at), now)));
  else if (state.nextSuggested) lines.push(t(w('nextInfusionSuggested', kind), friendlyMoment(state.nextSuggested, now, false)));
  // The figure: the window's hours lead; else the series position; else the days since.
  const label = window && (window.hoursLeft <= 1 ? t('windowOneHourLeft') : t('windowHoursLeft', window.hoursLeft));
  let figure = label;
  const induction = state.phase === 'induction' && series;
  if (induction && !window) figure = t(w('inductionFigure', kind), series.done, series.of);
  const days = state.daysSinceLast;
  if (state.phase === 'maintenance' && days !== null && !window) {
    figure = daysSinceLine(days, kind);
  }
  if (state.booster) {
    const on = friendlyMoment(state.booster.dueOn, now, false);
    const key = state.booster.status === 'upcoming' ? 'boosterNext' : state.booster.status === 'due' ? 'boosterDue' : 'boosterOverdue';
    lines.push(t(key, on));
  }

  let guidance: string;
  if (state.restUntil) guidance = t(w('guidanceRestDay', restKind));
  else if (window) guidance = t('guidanceWindow');
  else if (state.booster && state.booster.status !== 'upcoming') guidance = t('guidanceBoosterDue');
  else if (state.phase === 'induction') guidance = t(w('guidanceInduction', kind));
  else if (state.phase === 'maintenance') guidance = t('guidanceMaintenance');
  else guidance = t(w('guidanceBefore', kind));

  return {
    phase: state.phase,
    heading,
    figure: figure ? figureIn(figure) : null,
    window: window && {
      label: label!,
      endsAt: t('windowEndsAt', friendlyMoment(window.end, now)),
      fractionLeft: window.fractionLeft,
    },
    // In the window the series position is a line of its own; else the figure says it.
    progress: induction ? { ...series, label: window ? t(w('inductionProgress', kind), series.done, series.of) : '' } : null,
    lines,
    guidance,
  };
}
