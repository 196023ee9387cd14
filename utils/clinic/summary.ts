import { t } from '@/utils/catalogue';
import type { ClinicProfile } from './profile';
import type { PlanChange } from './plan';
import type { Goal, NudgeRule, PresetId, Weekday } from '@/utils/habits/record';
import { PRESETS } from '@/utils/habits/record';
import { PRESET_NAMES } from '@/utils/habits/names';
import type { Protocol } from '@/utils/treatment/record';
import { DEFAULT_PROTOCOL, PROTOCOL_LIMITS } from '@/utils/treatment/record';
import { PROTOCOL_LABELS } from '@/utils/treatment/edits';

/**
 * A clinic profile and a setup plan in words, for the builder's live preview and the
 * patient's confirmation: the components only render these lines.
 */

const PROTOCOL_KEYS = Object.keys(PROTOCOL_LIMITS) as Array<keyof Protocol>;
const presetName = (id: PresetId) => t(PRESET_NAMES[id]);

const protocolValue = (value: number | null) => (value === null ? t('protocolOff') : String(value));

// Weekday names in the reader's language: 2023-01-01 was a Sunday (Date.getDay() 0).
const weekdayName = new Intl.DateTimeFormat(undefined, { weekday: 'short' });
const dayName = (day: Weekday) => weekdayName.format(new Date(2023, 0, 1 + day));

function describeDays(days: Weekday[]): string | null {
  const set = [...new Set(days)].sort();
  if (set.length === 7) return null;
  if (set.join() === '1,2,3,4,5') return t('clinicWeekdays');
  return set.map(dayName).join(', ');
}

export function describeGoal(goal: Goal): string {
  if (goal.per === 'day') return t('clinicGoalDaily');
  return goal.times === 1 ? t('clinicGoalWeeklyOnce') : t('clinicGoalWeekly', goal.times);
}

export function describeNudges(nudges: NudgeRule[]): string {
  if (nudges.length === 0) return t('clinicNudgeNone');
  return nudges
    .map((rule) => {
      switch (rule.kind) {
        case 'clock': {
          const days = describeDays(rule.weekdays);
          return days ? t('clinicNudgeAtOn', rule.time, days) : t('clinicNudgeAt', rule.time);
        }
        case 'before-bedtime':
          return t('clinicNudgeBeforeBed', rule.minutesBefore);
        case 'interval':
          return t('clinicNudgeEvery', rule.everyMinutes);
        case 'in-window':
          return t('clinicNudgeInWindow', rule.time);
      }
    })
    .join('; ');
}

const describeSetup = (goal: Goal, nudges: NudgeRule[]) => `${describeGoal(goal)}, ${describeNudges(nudges)}`;

export interface ProfileSummary {
  name: string;
  welcome: string | null;
  phone: string | null;
  website: string | null;
  /** "Infusions in the series: 6", the clinic's numbers only. */
  protocol: string[];
  /** "Morning light outside: Every day, nudge at 07:30". */
  habits: string[];
  /** Names of the habits the clinic wrote its own nudge texts for. */
  nudgeTexts: string[];
}

/** What a patient will see of a clinic's profile. */
export function summarizeProfile(profile: ClinicProfile): ProfileSummary {
  return {
    name: profile.name,
    welcome: profile.welcome ?? null,
    phone: profile.phone ?? null,
    website: profile.website ?? null,
    protocol: PROTOCOL_KEYS.filter((key) => profile.protocol?.[key] !== undefined).map((key) =>
      t('clinicProtocolValue', t(PROTOCOL_LABELS[key]), protocolValue(profile.protocol![key]!)),
    ),
    habits: (profile.presets ?? []).map((p) =>
      t('clinicProtocolValue', presetName(p.id), describeSetup(p.goal ?? PRESETS[p.id].goal, p.nudges ?? PRESETS[p.id].nudges)),
    ),
    nudgeTexts: (Object.keys(profile.nudgeTexts ?? {}) as PresetId[]).map(presetName),
  };
}

/** One change of a setup plan as a sentence. */
export function describeChange(change: PlanChange): string {
  if (change.area === 'protocol') {
    return t('clinicChangeProtocol', t(PROTOCOL_LABELS[change.key]), protocolValue(change.from), protocolValue(change.to));
  }
  const name = presetName(change.preset);
  switch (change.aspect) {
    case 'add':
      return t('clinicChangeAdd', name, describeSetup(change.to.goal, change.to.nudges));
    case 'resume':
      return t(change.from === 'paused' ? 'clinicChangeResumePaused' : 'clinicChangeResumeArchived', name);
    case 'goal':
      return t('clinicChangeGoal', name, describeGoal(change.from), describeGoal(change.to));
    case 'nudges':
      return t('clinicChangeNudges', name, describeNudges(change.from), describeNudges(change.to));
  }
}

/** "Default 6" hints for the builder's protocol fields. */
export const protocolDefault = (key: keyof Protocol) => protocolValue(DEFAULT_PROTOCOL[key]);
