import { t } from '@/utils/catalogue';
import { friendlyMoment } from '@/utils/time/format';
import type { PhaseState } from './phaseAt';
import { daysSinceLine } from './phaseView';
import { phaseAt } from './phaseAt';
import { inWordsOf as w } from './words';
import type { TreatmentRecord } from './record';

const HOUR_MS = 3_600_000;

export interface BadgeView {
  /** Exactly: "38h" while the window is open, else "2/6" during induction, else "". */
  text: string;
  /** The toolbar tooltip: always a whole sentence. */
  title: string;
  /** Tells the phases apart; each has a contrast ratio of at least 4.5 with white text. */
  color: string;
}

export const BADGE_COLORS = {
  window: '#9a3412',
  induction: '#1e40af',
  maintenance: '#166534',
  before: '#374151',
} as const;

/**
 * The badge text, tooltip and colour for a phase. This is a contract (issue #2). The tooltip
 * says what the popup's card says (issue 16): a planned infusion, the days since the last one
 * and a booster that is due are named in the same words, in the words of the kind (issue 15).
 */
export function badgeFor(state: PhaseState, now: Date): BadgeView {
  const { window, series, phase, kind } = state;
  if (window) {
    const title =
      phase === 'induction' && series
        ? t(w('titleWindowInduction', kind), window.hoursLeft, series.done, series.of)
        : t('titleWindowMaintenance', window.hoursLeft);
    return { text: `${window.hoursLeft}h`, title, color: BADGE_COLORS.window };
  }
  if (phase === 'induction' && series) {
    return {
      text: `${series.done}/${series.of}`,
      title: t(w('titleInduction', kind), series.done, series.of),
      color: BADGE_COLORS.induction,
    };
  }
  if (phase === 'maintenance') {
    const { booster } = state;
    const title =
      booster && booster.status !== 'upcoming'
        ? t('titleBoosterDue', friendlyMoment(booster.dueOn, now, false))
        : t('titleMaintenance', daysSinceLine(state.daysSinceLast ?? 0, kind));
    return { text: '', title, color: BADGE_COLORS.maintenance };
  }
  if (state.nextScheduled) {
    return { text: '', title: t(w('titleBeforePlanned', kind), friendlyMoment(new Date(state.nextScheduled.at), now)), color: BADGE_COLORS.before };
  }
  return { text: '', title: t(w('titleBefore', kind)), color: BADGE_COLORS.before };
}

/**
 * The next moment after `now` at which the badge or its tooltip can change, or null if
 * nothing is ahead. The background sets one alarm for it instead of polling.
 */
export function nextBadgeChange(record: TreatmentRecord, now: Date): Date | null {
  const state = phaseAt(record, now);
  const nowMs = now.getTime();
  const candidates: number[] = [];
  if (state.window) {
    // "38h" becomes "37h" when the time left drops to exactly 37 hours.
    candidates.push(state.window.end.getTime() - (state.window.hoursLeft - 1) * HOUR_MS);
  }
  if (state.nextScheduled) candidates.push(Date.parse(state.nextScheduled.at));
  // Past the window the tooltip counts days since the last infusion: refresh at each
  // next local midnight so it stays true (one wake-up a day at most).
  // "tomorrow 10:00" in the tooltip becomes "today 10:00" at midnight.
  if (state.lastInfusion || state.nextScheduled) {
    const midnight = new Date(now);
    midnight.setHours(24, 0, 0, 0);
    candidates.push(midnight.getTime());
  }
  const ahead = candidates.filter((c) => c > nowMs);
  return ahead.length === 0 ? null : new Date(Math.min(...ahead));
}
