import { t } from '@/utils/catalogue';
import { friendlyMoment } from '@/utils/time/format';
import type { PhaseState } from './phaseAt';

/** What the popup's phase card shows, as text: the card itself does no date math. */
export interface PhaseView {
  phase: PhaseState['phase'];
  heading: string;
  window: { label: string; endsAt: string; fractionLeft: number } | null;
  progress: { done: number; of: number; label: string } | null;
  lines: string[];
  guidance: string;
}

/** "5 days since your last infusion", said the same in the popup, the tooltip and the summary. */
export function daysSinceLine(days: number): string {
  return days === 0 ? t('daysSinceLastToday') : days === 1 ? t('daysSinceLastOne') : t('daysSinceLast', days);
}

export function phaseView(state: PhaseState, now: Date): PhaseView {
  const lines: string[] = [];
  const { window, series } = state;

  let heading: string;
  if (window) heading = t('phaseWindowOpen');
  else if (state.phase === 'induction' && series) heading = t('phaseInduction', series.done, series.of);
  else if (state.phase === 'maintenance') heading = t('phaseMaintenance');
  else heading = t('phaseBefore');

  if (state.restUntil) lines.push(t('restDay', friendlyMoment(state.restUntil, now)));
  if (state.nextScheduled) lines.push(t('nextInfusionScheduled', friendlyMoment(new Date(state.nextScheduled.at), now)));
  else if (state.nextSuggested) lines.push(t('nextInfusionSuggested', friendlyMoment(state.nextSuggested, now, false)));
  if (state.phase === 'maintenance' && state.daysSinceLast !== null) {
    lines.push(daysSinceLine(state.daysSinceLast));
  }
  if (state.booster) {
    const on = friendlyMoment(state.booster.dueOn, now, false);
    const key = state.booster.status === 'upcoming' ? 'boosterNext' : state.booster.status === 'due' ? 'boosterDue' : 'boosterOverdue';
    lines.push(t(key, on));
  }

  let guidance: string;
  if (state.restUntil) guidance = t('guidanceRestDay');
  else if (window) guidance = t('guidanceWindow');
  else if (state.booster && state.booster.status !== 'upcoming') guidance = t('guidanceBoosterDue');
  else if (state.phase === 'induction') guidance = t('guidanceInduction');
  else if (state.phase === 'maintenance') guidance = t('guidanceMaintenance');
  else guidance = t('guidanceBefore');

  return {
    phase: state.phase,
    heading,
    window: window && {
      label: window.hoursLeft <= 1 ? t('windowOneHourLeft') : t('windowHoursLeft', window.hoursLeft),
      endsAt: t('windowEndsAt', friendlyMoment(window.end, now)),
      fractionLeft: window.fractionLeft,
    },
    progress:
      state.phase === 'induction' && series
        ? { done: series.done, of: series.of, label: t('inductionProgress', series.done, series.of) }
        : null,
    lines,
    guidance,
  };
}
