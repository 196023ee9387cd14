import * as v from 'valibot';
import { isoInstant } from '@/utils/treatment/schema';

/**
 * What the nudges remember between service-worker runs, stored in storage.local under
 * `nudgeState`, read with the other records by utils/stored/snapshot.ts. Nothing lives only in
 * the worker's memory: it is stopped after 30 s idle.
 */
export interface NudgeState {
  /** ISO instant of the last return to the computer after an idle or locked spell. */
  activeSince: string | null;
  /** Snoozed nudges: rule key ("habitId:ruleIndex") → ISO instant it comes again. */
  snoozes: Record<string, string>;
}

export const EMPTY_NUDGE_STATE: NudgeState = { activeSince: null, snoozes: {} };

const instant = isoInstant;

export const NudgeStateSchema = v.strictObject({
  activeSince: v.nullable(instant),
  snoozes: v.record(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,64}:\d$/)), instant),
});

/**
 * The nudge alarms the background last set (name → ms), under `nudgeSchedule` (storage.local). An
 * occurrence that passed without being handled (the worker stopped mid-way, or the browser
 * dropped its alarms on restart) is found here on the next run and handled then, so nothing
 * is lost.
 */
export type NudgeSchedule = Record<string, number>;

export const NudgeScheduleSchema = v.record(v.string(), v.pipe(v.number(), v.integer()));
