import type { Habit, NudgeRule, PresetId } from '@/utils/habits/record';
import { PRESETS } from '@/utils/habits/record';
import { nudgeContext } from '@/utils/nudges/context';
import type { NudgeContext } from '@/utils/nudges/schedule';
import type { NudgeState } from '@/utils/nudges/state';
import { EMPTY_NUDGE_STATE } from '@/utils/nudges/state';
import type { Settings } from '@/utils/settings/record';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import type { DayCheckins } from '@/utils/history/records';
import type { TreatmentRecord } from '@/utils/treatment/record';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

/** A local wall-clock moment, "2026-11-23T08:00" (no zone: the test's TZ). */
export const local = (wallClock: string) => new Date(wallClock).getTime();

/** A local moment back as "2026-11-23T08:00", for readable expectations. */
export function wall(ms: number | null): string | null {
  if (ms === null) return null;
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

const NAMES: Record<PresetId, string> = {
  'morning-light': 'Morning light outside',
  'evening-light': 'Evening light outside',
  movement: 'Movement',
  'movement-breaks': 'Movement breaks at the computer',
  'wind-down': 'Wind-down for sleep',
  reflect: 'Reflect during the window',
  therapy: 'Therapy session kept',
};

/** A preset habit as the habits page switches it on, with its default nudges unless given. */
export function preset(id: PresetId, extra: Partial<Habit> & { nudges?: NudgeRule[] } = {}): Habit {
  return {
    id,
    preset: id,
    name: NAMES[id],
    direction: PRESETS[id].direction,
    goal: PRESETS[id].goal,
    status: 'active',
    createdAt: '2026-11-01T09:00:00.000Z',
    nudges: PRESETS[id].nudges,
    ...extra,
  };
}

export interface Scene {
  habits: Habit[];
  settings?: Partial<Settings>;
  /** Infusions at these local moments. */
  infusions?: string[];
  windowHours?: number;
  /** This week's check-ins (Monday first: weekStartsOn 1 by default). */
  week?: DayCheckins[];
  state?: Partial<NudgeState>;
  now: string;
}

export function treatmentOf(infusions: string[] = [], windowHours = 48): TreatmentRecord {
  return {
    ...EMPTY_TREATMENT,
    infusions: infusions.map((at) => ({ at: new Date(at).toISOString(), kind: 'infusion' as const })),
    protocol: { ...EMPTY_TREATMENT.protocol, windowHours },
  };
}

/** The scheduler's context for a scene, built the way the background builds it. */
export function scene(s: Scene): NudgeContext {
  return nudgeContext({
    habits: s.habits,
    settings: { ...DEFAULT_SETTINGS, weekStartsOn: 1, ...s.settings },
    treatment: treatmentOf(s.infusions, s.windowHours),
    week: s.week ?? Array.from({ length: 7 }, () => ({})),
    state: { ...EMPTY_NUDGE_STATE, ...s.state },
    now: new Date(s.now),
  });
}
