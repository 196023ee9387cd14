import * as v from 'valibot';
import type { NudgeSchedule, NudgeState } from '@/utils/nudges/state';
import { EMPTY_NUDGE_STATE, NudgeScheduleSchema, NudgeStateSchema } from '@/utils/nudges/state';
import { nudgeScheduleItem, nudgeStateItem, recoveryItem } from './storage';

async function keepAside(path: string, value: unknown, problem: string): Promise<void> {
  const entry = { path, value, problem, keptAt: new Date().toISOString() };
  await recoveryItem.setValue([...(await recoveryItem.getValue()), entry]);
}

/** The validated nudge state; an unreadable one is set aside and starts afresh. */
export async function loadNudgeState(): Promise<NudgeState> {
  const raw = await nudgeStateItem.getValue();
  const parsed = v.safeParse(NudgeStateSchema, raw);
  if (parsed.success) return parsed.output;
  await keepAside('nudgeState', raw, parsed.issues[0].message);
  await nudgeStateItem.setValue(EMPTY_NUDGE_STATE);
  return EMPTY_NUDGE_STATE;
}

/** Read-modify-write of the freshest state. */
export async function updateNudgeState(change: (state: NudgeState) => NudgeState): Promise<void> {
  await nudgeStateItem.setValue(change(await loadNudgeState()));
}

export function watchNudgeState(callback: (state: NudgeState) => void): () => void {
  return nudgeStateItem.watch((raw) => {
    const parsed = v.safeParse(NudgeStateSchema, raw);
    if (parsed.success) callback(parsed.output);
    else void loadNudgeState().then(callback);
  });
}

/** The nudge alarms last set; an unreadable record reads as none (it only repeats the alarms). */
export async function loadNudgeSchedule(): Promise<NudgeSchedule> {
  const parsed = v.safeParse(NudgeScheduleSchema, await nudgeScheduleItem.getValue());
  return parsed.success ? parsed.output : {};
}

export const saveNudgeSchedule = (schedule: NudgeSchedule) => nudgeScheduleItem.setValue(schedule);
