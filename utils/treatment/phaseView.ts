import { t } from '@/utils/catalogue';
import { friendlyMoment } from '@/utils/time/format';
import type { PhaseState, StageNow } from './phaseAt';
import { inWordsOf as w } from './words';

/** "once a week", "twice a week", "once every 2 weeks" (times is 1–3: STAGE_LIMITS). */
export const cadence = ({ times, everyWeeks }: Pick<StageNow, 'times' | 'everyWeeks'>): string =>
  t(`${everyWeeks > 1 ? 'cadenceEvery' : 'cadence'}${times as 1 | 2 | 3}`, everyWeeks);

/** What the popup's phase card shows, as text: the card itself does no date math. */
export interface PhaseView {
  phase: PhaseState['phase'];
  heading: string;
  window: { label: string; endsAt: string; fractionLeft: number } | null;
  progress: { done: number; of: number; label: string } | null;
  lines: string[];
  guidance: string;
}

export function phaseView(state: PhaseState, now: Date): PhaseView {
  const lines: string[] = [];
  const { window, series, kind } = state;
  // The rest day follows the kind of the session it follows, as entered.
  const restKind = state.lastInfusion?.treatment ?? kind;

  let heading: string;
  if (window) heading = t('phaseWindowOpen');
  else if (state.phase === 'induction' && series) heading = t(w('phaseInduction', kind), series.done, series.of);
  else if (state.phase === 'maintenance') heading = t('phaseMaintenance');
  else heading = t('phaseBefore');

  if (state.restUntil) lines.push(t(w('restDay', restKind), friendlyMoment(state.restUntil, now)));
  if (state.stage) lines.push(t('stageWeek', state.stage.week, cadence(state.stage)));
  if (state.nextScheduled) lines.push(t(w('nextInfusionScheduled', kind), friendlyMoment(new Date(state.nextScheduled.at), now)));
  else if (state.nextSuggested) lines.push(t(w('nextInfusionSuggested', kind), friendlyMoment(state.nextSuggested, now, false)));
  if (state.phase === 'maintenance' && state.daysSinceLast !== null) {
    const days = state.daysSinceLast;
    lines.push(t(w(days === 0 ? 'daysSinceLastToday' : days === 1 ? 'daysSinceLastOne' : 'daysSinceLast', kind), days));
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
    window: window && {
      label: window.hoursLeft <= 1 ? t('windowOneHourLeft') : t('windowHoursLeft', window.hoursLeft),
      endsAt: t('windowEndsAt', friendlyMoment(window.end, now)),
      fractionLeft: window.fractionLeft,
    },
    progress:
      state.phase === 'induction' && series
        ? { done: series.done, of: series.of, label: t(w('inductionProgress', kind), series.done, series.of) }
        : null,
    lines,
    guidance,
  };
}
