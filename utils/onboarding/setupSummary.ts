import { t } from '@/utils/catalogue';
import type { NudgeRule } from '@/utils/habits/record';
import type { Snapshot } from '@/utils/stored/snapshot';
import { friendlyMoment } from '@/utils/time/format';
import { inWordsOf as w } from '@/utils/treatment/words';

/**
 * The last step of onboarding: what is set up and what is not, read from what is stored (not
 * from what the steps remember), so the page never says more than is true (issue 16).
 */
export interface SetupSummary {
  done: string[];
  notYet: string[];
}

function nudgeWords(rule: NudgeRule | undefined, bedtime: string): string | null {
  if (!rule) return null;
  if (rule.kind === 'clock' || rule.kind === 'in-window') return t('setupNudgeAt', rule.time);
  if (rule.kind === 'before-bedtime') return t('setupNudgeBeforeBedtime', rule.minutesBefore, bedtime);
  return t('setupNudgeEvery', rule.everyMinutes);
}

export function setupSummary(stored: Snapshot, now: Date): SetupSummary {
  const done: string[] = [];
  const notYet: string[] = [];
  const { clinic, treatment, habits, settings } = stored;

  if (clinic) done.push(t('setupClinic', clinic.profile.name));
  else notYet.push(t('setupNoClinic'));

  const infusions = [...treatment.infusions].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const next = infusions.find((i) => Date.parse(i.at) > now.getTime());
  const past = infusions.filter((i) => Date.parse(i.at) <= now.getTime()).length;
  const { kind } = treatment.protocol;
  if (infusions.length === 0) notYet.push(t(w('setupNoInfusions', kind)));
  else {
    if (past > 0) done.push(past === 1 ? t(w('setupInfusionsPastOne', kind)) : t(w('setupInfusionsPast', kind), past));
    if (next) done.push(t(w('setupInfusionNext', kind), friendlyMoment(new Date(next.at), now)));
  }

  const active = habits.habits.filter((h) => h.status === 'active');
  if (active.length === 0) notYet.push(t('setupNoHabits'));
  for (const habit of active) {
    const nudge = nudgeWords(habit.nudges[0], settings.bedtime);
    done.push(nudge ? t('setupHabitWithNudge', habit.name, nudge) : t('setupHabit', habit.name));
  }
  return { done, notYet };
}
