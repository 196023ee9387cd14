import { t } from '@/utils/catalogue';
import type { ClinicProfile } from './profile';
import type { PlanChange } from './plan';
import type { Goal, NudgeRule, PresetId, Weekday } from '@/utils/habits/record';
import { PRESETS } from '@/utils/habits/record';
import { PRESET_NAMES } from '@/utils/habits/names';
import type { Protocol, ProtocolNumber, Stage } from '@/utils/treatment/record';
import { TREATMENT_KIND_NAMES } from '@/utils/treatment/entryRows';
import { cadence } from '@/utils/treatment/phaseView';
import { DEFAULT_PROTOCOL, PROTOCOL_LIMITS } from '@/utils/treatment/record';
import type { MessageKey } from '@/utils/catalogue';
import { dateFormat } from '@/utils/time/intl';
import type { MeasureInterval } from '@/utils/measures/settings';
import { MEASURE_INTERVALS } from '@/utils/measures/settings';

/**
 * A clinic profile and a setup plan in words, for the builder's live preview and the
 * patient's confirmation: the components only render these lines.
 */

const PROTOCOL_KEYS = Object.keys(PROTOCOL_LIMITS) as Array<ProtocolNumber>;
const presetName = (id: PresetId) => t(PRESET_NAMES[id]);

/**
 * Each protocol number's name as a patient reads it. Not the options page's field labels,
 * whose hints ("weeks, empty for none") belong to a form, never to a sentence (issue 17).
 */
const PROTOCOL_NAMES: Record<ProtocolNumber, MessageKey> = {
  inductionCount: 'clinicProtocolInductionCount',
  infusionsPerWeek: 'clinicProtocolInfusionsPerWeek',
  windowHours: 'clinicProtocolWindowHours',
  boosterIntervalWeeks: 'clinicProtocolBoosterIntervalWeeks',
  therapySessionCount: 'clinicProtocolTherapySessionCount',
};
const protocolName = (key: ProtocolNumber) => t(PROTOCOL_NAMES[key]);

/** A protocol number with its unit: "60 hours", "every 4 weeks", "off". */
export function protocolValue(key: ProtocolNumber, value: number | null): string {
  if (value === null) return t('protocolOff');
  if (key === 'windowHours') return t('clinicHours', value);
  if (key === 'boosterIntervalWeeks') return t('clinicEveryWeeks', value);
  return String(value);
}

const MEASURE_NAMES: Record<MeasureInterval, MessageKey> = {
  inductionEveryDays: 'clinicMeasuresInduction',
  maintenanceEveryDays: 'clinicMeasuresMaintenance',
};

// Weekday names in the reader's language: 2023-01-01 was a Sunday (Date.getDay() 0).
const weekdayName = dateFormat({ weekday: 'short' });
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
  /** "Window after a treatment: 60 hours", the clinic's numbers only, then its questionnaire intervals. */
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
    protocol: [
      ...(profile.protocol?.kind ? [t('clinicProtocolValue', t('treatmentKindLabel'), t(TREATMENT_KIND_NAMES[profile.protocol.kind]))] : []),
      ...PROTOCOL_KEYS.filter((key) => profile.protocol?.[key] !== undefined).map((key) =>
        t('clinicProtocolValue', protocolName(key), protocolValue(key, profile.protocol![key]!)),
      ),
      ...(profile.protocol?.stages ? [t('clinicProtocolValue', t('stagesHeading'), describeStages(profile.protocol.stages))] : []),
      ...MEASURE_INTERVALS.filter((key) => profile.measures?.[key] !== undefined).map((key) =>
        t('clinicProtocolValue', t(MEASURE_NAMES[key]), t('clinicEveryDays', profile.measures![key]!)),
      ),
    ],
    habits: (profile.presets ?? []).map((p) =>
      t('clinicProtocolValue', presetName(p.id), describeSetup(p.goal ?? PRESETS[p.id].goal, p.nudges ?? PRESETS[p.id].nudges)),
    ),
    nudgeTexts: (Object.keys(profile.nudgeTexts ?? {}) as PresetId[]).map(presetName),
  };
}

/** The stages after the series in words: "for 4 weeks, once a week; after that, once every 2 weeks". */
function describeStages(stages: Stage[]): string {
  if (stages.length === 0) return t('clinicStagesNone');
  return stages.map((s) => (s.weeks === null ? t('clinicStageOngoing', cadence(s)) : t('clinicStageWeeks', s.weeks, cadence(s)))).join('; ');
}

/** One change of a setup plan as a sentence. */
export function describeChange(change: PlanChange): string {
  if (change.area === 'protocol') {
    return t('clinicChangeProtocol', protocolName(change.key), protocolValue(change.key, change.from), protocolValue(change.key, change.to));
  }
  if (change.area === 'kind') {
    return t('clinicChangeProtocol', t('treatmentKindLabel'), t(TREATMENT_KIND_NAMES[change.from]), t(TREATMENT_KIND_NAMES[change.to]));
  }
  if (change.area === 'stages') {
    return t('clinicChangeProtocol', t('stagesHeading'), describeStages(change.from), describeStages(change.to));
  }
  if (change.area === 'measures') {
    return t('clinicChangeProtocol', t(MEASURE_NAMES[change.key]), t('clinicEveryDays', change.from), t('clinicEveryDays', change.to));
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

/** "48 hours": the default a builder's empty protocol field keeps. */
export const protocolDefault = (key: ProtocolNumber) => protocolValue(key, DEFAULT_PROTOCOL[key]);
