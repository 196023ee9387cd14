import { t } from '@/utils/catalogue';
import type { ClinicPreset, ClinicProfile } from './profile';
import { CLINIC_LIMITS, validateClinicProfile } from './profile';
import { isClockTime } from '@/utils/time/clockTime';
import type { NudgeRule, PresetId } from '@/utils/habits/record';
import { GOAL_TIMES_LIMITS, INTERVAL_LIMITS, PRESET_IDS, PRESETS } from '@/utils/habits/record';
import type { MeasureInterval } from '@/utils/measures/settings';
import { MEASURE_INTERVAL_LIMITS, MEASURE_INTERVALS } from '@/utils/measures/settings';
import type { ProtocolNumber, TreatmentKind } from '@/utils/treatment/record';
import { PROTOCOL_LIMITS } from '@/utils/treatment/record';
import type { StageRow } from './draftStages';
import { readStageRows } from './draftStages';

/**
 * The link builder's form, as text fields, and its reading into a clinic profile with one
 * sentence per field that is wrong. An empty field means "not set by the clinic": the
 * patient keeps Afterglow's default or their own value.
 */
export interface PresetDraft {
  on: boolean;
  /** Times a week, for weekly presets. */
  times: string;
  /** "07:30" for clock and in-window nudges; minutes for before-bedtime and interval ones. */
  nudge: string;
  /** The clinic's nudge texts, one per line. */
  texts: string;
}

export interface ClinicDraft {
  name: string;
  phone: string;
  website: string;
  welcome: string;
  /** The landing address is the clinic's own page exported from the builder: no code in the link. */
  ownPage: boolean;
  landing: string;
  protocol: Record<ProtocolNumber, string>;
  /** The treatment kind the clinic gives (link version 2), or '' to leave the patient's. */
  kind: TreatmentKind | '';
  /** "Set the schedule after the series": only then does the link carry `stages` (utils/clinic/draftStages.ts). */
  stagesOn: boolean;
  stages: StageRow[];
  /** The questionnaires' intervals in days (link version 2, issue 11); '' leaves the patient's. */
  measures: Record<MeasureInterval, string>;
  presets: Record<PresetId, PresetDraft>;
}

export { PRESET_IDS };
const PROTOCOL_KEYS = Object.keys(PROTOCOL_LIMITS) as Array<ProtocolNumber>;

export const emptyDraft = (landing: string): ClinicDraft => ({
  name: '',
  phone: '',
  website: '',
  welcome: '',
  ownPage: false,
  landing,
  protocol: Object.fromEntries(PROTOCOL_KEYS.map((k) => [k, ''])) as Record<ProtocolNumber, string>,
  kind: '',
  stagesOn: false,
  stages: [],
  measures: { inductionEveryDays: '', maintenanceEveryDays: '' },
  presets: Object.fromEntries(PRESET_IDS.map((id) => [id, { on: false, times: '', nudge: '', texts: '' }])) as Record<PresetId, PresetDraft>,
});

/** What kind of nudge field a preset has in the builder, from its default rule. */
export type NudgeField = 'time' | 'before-bedtime' | 'interval' | null;
export function nudgeField(preset: PresetId): NudgeField {
  const rule = PRESETS[preset].nudges[0];
  if (!rule) return null;
  if (rule.kind === 'clock' || rule.kind === 'in-window') return 'time';
  return rule.kind;
}
export const isWeekly = (preset: PresetId) => PRESETS[preset].goal.per === 'week';

/**
 * The preset's own goal and nudge as field values. A ticked habit's fields start with them, so
 * every field shows what the preview says (issue 17: a blank nudge time beside "nudge at 08:00").
 */
export function presetFieldDefaults(preset: PresetId): { times: string; nudge: string } {
  const { goal, nudges } = PRESETS[preset];
  const rule = nudges[0];
  const nudge = !rule ? '' : rule.kind === 'clock' || rule.kind === 'in-window' ? rule.time : String(rule.kind === 'interval' ? rule.everyMinutes : rule.minutesBefore);
  return { times: goal.per === 'week' ? String(goal.times) : '', nudge };
}

/**
 * Field ids, as the form's input ids: "name", "protocol-windowHours", "stage-0-weeks",
 * "measures-inductionEveryDays", "preset-movement-times".
 */
export type DraftErrors = Record<string, string>;

const MARKUP = /[<>]|javascript:|data:text\/html/i;
const PHONE = /^\+?[0-9 ()\-.]{3,30}$/;
const BEFORE_BED = { min: 0, max: 240 };

function wholeNumber(raw: string, min: number, max: number): number | string {
  const n = Number(raw.trim());
  return raw.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : t('clinicErrorRange', min, max);
}

function plain(raw: string, max: number): string | null {
  if (raw.length > max) return t('clinicErrorLength', max);
  return MARKUP.test(raw) ? t('clinicErrorNoMarkup') : null;
}

function isHttps(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The landing page's address: https, or http on this computer (for trying it out). */
export function landingProblem(raw: string): string | null {
  try {
    const url = new URL(raw.trim());
    const local = url.protocol === 'http:' && ['127.0.0.1', 'localhost'].includes(url.hostname);
    return (url.protocol === 'https:' || local) && !url.username && !url.password ? null : t('clinicErrorLanding');
  } catch {
    return t('clinicErrorLanding');
  }
}

function presetNudges(preset: PresetId, raw: string, errors: DraftErrors): NudgeRule[] | undefined {
  const value = raw.trim();
  const rule = PRESETS[preset].nudges[0];
  if (value === '' || !rule) return undefined;
  const id = `preset-${preset}-nudge`;
  if (rule.kind === 'clock' || rule.kind === 'in-window') {
    if (!isClockTime(value)) {
      errors[id] = t('clinicErrorTime');
      return undefined;
    }
    return [{ ...rule, time: value }];
  }
  const range = rule.kind === 'interval' ? INTERVAL_LIMITS : BEFORE_BED;
  const minutes = wholeNumber(value, range.min, range.max);
  if (typeof minutes === 'string') {
    errors[id] = minutes;
    return undefined;
  }
  return [rule.kind === 'interval' ? { kind: 'interval', everyMinutes: minutes } : { ...rule, minutesBefore: minutes }];
}

/** Reads the form into a profile, or says what is wrong with each field. */
export function draftToProfile(draft: ClinicDraft): { ok: true; profile: ClinicProfile } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const name = draft.name.trim();
  if (name === '') errors.name = t('clinicErrorNameEmpty');
  else {
    const problem = plain(name, CLINIC_LIMITS.name);
    if (problem) errors.name = problem;
  }
  const phone = draft.phone.trim();
  if (phone !== '' && !PHONE.test(phone)) errors.phone = t('clinicErrorPhone');
  const website = draft.website.trim();
  if (website !== '') errors.website = plain(website, CLINIC_LIMITS.website) ?? (isHttps(website) ? '' : t('clinicErrorHttps'));
  if (errors.website === '') delete errors.website;
  const welcome = draft.welcome.trim();
  const welcomeProblem = plain(welcome, CLINIC_LIMITS.welcome);
  if (welcomeProblem) errors.welcome = welcomeProblem;
  // No landing page is fine: every clinic gets the setup code, and can export its own page.
  const landing = draft.landing.trim() === '' ? null : landingProblem(draft.landing);
  if (landing) errors.landing = landing;

  // A kind brings its preset schedule when applied (utils/clinic/plan.ts proposedProtocol).
  const protocol: NonNullable<ClinicProfile['protocol']> = draft.kind ? { kind: draft.kind } : {};
  for (const key of PROTOCOL_KEYS) {
    const raw = draft.protocol[key].trim();
    if (raw === '') continue;
    const { min, max } = PROTOCOL_LIMITS[key];
    const value = wholeNumber(raw, min, max);
    if (typeof value === 'string') errors[`protocol-${key}`] = value;
    else protocol[key] = value;
  }
  if (draft.stagesOn) {
    const stages = readStageRows(draft.stages, errors);
    if (stages) protocol.stages = stages;
  }

  const measures: NonNullable<ClinicProfile['measures']> = {};
  for (const key of MEASURE_INTERVALS) {
    const raw = draft.measures[key].trim();
    if (raw === '') continue;
    const value = wholeNumber(raw, MEASURE_INTERVAL_LIMITS.min, MEASURE_INTERVAL_LIMITS.max);
    if (typeof value === 'string') errors[`measures-${key}`] = value;
    else measures[key] = value;
  }

  const presets: ClinicPreset[] = [];
  const nudgeTexts: NonNullable<ClinicProfile['nudgeTexts']> = {};
  for (const id of PRESET_IDS) {
    const entry = draft.presets[id];
    if (!entry.on) continue;
    const preset: ClinicPreset = { id };
    // A field still holding the preset's default is left out of the profile: same setup, shorter code.
    const defaults = presetFieldDefaults(id);
    if (isWeekly(id) && entry.times.trim() !== '' && entry.times.trim() !== defaults.times) {
      const times = wholeNumber(entry.times, GOAL_TIMES_LIMITS.min, GOAL_TIMES_LIMITS.max);
      if (typeof times === 'string') errors[`preset-${id}-times`] = times;
      else preset.goal = { per: 'week', times };
    }
    const nudges = entry.nudge.trim() === defaults.nudge ? undefined : presetNudges(id, entry.nudge, errors);
    if (nudges) preset.nudges = nudges;
    presets.push(preset);
    const texts = entry.texts.split('\n').map((line) => line.trim()).filter(Boolean);
    if (texts.length === 0) continue;
    if (texts.length > CLINIC_LIMITS.nudgeTextsPerHabit || texts.some((s) => s.length > CLINIC_LIMITS.nudgeText || MARKUP.test(s))) {
      errors[`preset-${id}-texts`] = t('clinicErrorTexts', CLINIC_LIMITS.nudgeTextsPerHabit, CLINIC_LIMITS.nudgeText);
    } else nudgeTexts[id] = texts;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const profile: ClinicProfile = {
    name,
    ...(phone && { phone }),
    ...(website && { website }),
    ...(welcome && { welcome }),
    ...(Object.keys(protocol).length > 0 && { protocol }),
    ...(Object.keys(measures).length > 0 && { measures }),
    ...(presets.length > 0 && { presets }),
    ...(Object.keys(nudgeTexts).length > 0 && { nudgeTexts }),
  };
  // The builder's own checks mirror the schema; the schema has the last word.
  const checked = validateClinicProfile(profile);
  return checked.ok ? { ok: true, profile: checked.profile } : { ok: false, errors: { name: t('clinicFixFields') } };
}
