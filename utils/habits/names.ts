import type { MessageKey } from '@/utils/catalogue';
import type { PresetId } from './record';

/** Each preset's name in the catalogue, in the order the options page lists them. */
export const PRESET_NAMES: Record<PresetId, MessageKey> = {
  'morning-light': 'habitMorningLight',
  'evening-light': 'habitEveningLight',
  movement: 'habitMovement',
  'movement-breaks': 'habitMovementBreaks',
  'wind-down': 'habitWindDown',
  reflect: 'habitReflect',
  therapy: 'habitTherapy',
};

/** The presets that send people into daylight: the bipolar caution goes with them (docs/clinical-defaults.md#light-and-bipolar-disorder). */
export const LIGHT_PRESETS: readonly PresetId[] = ['morning-light', 'evening-light'];

/** Movement kinds the patient can pick; anything else is their own word, stored as typed. */
export const ACTIVITIES = {
  walk: 'activityWalk',
  yoga: 'activityYoga',
  swim: 'activitySwim',
  run: 'activityRun',
  strength: 'activityStrength',
} as const satisfies Record<string, MessageKey>;

export type ActivityId = keyof typeof ACTIVITIES;

export const isActivityId = (value: string | undefined): value is ActivityId =>
  value !== undefined && Object.hasOwn(ACTIVITIES, value);
