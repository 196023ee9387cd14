import * as v from 'valibot';
import { ClinicMeasuresSchema, ClinicProfileSchema, type ClinicMeasures, type ClinicProfile } from './profile';
import { GoalSchema, NudgeRuleSchema, PRESET_IDS, type Goal, type NudgeRule, type PresetId } from '@/utils/habits/record';
import type { Protocol } from '@/utils/treatment/record';
import { ProtocolSchema, isoInstant } from '@/utils/treatment/schema';

/**
 * The clinic this Afterglow is set up for, stored in storage.local under `clinic` and read with
 * the other records by utils/stored/snapshot.ts; absent (null) when there is none.
 * The popup reads only name and phone through utils/clinic/contact.ts, without this schema.
 */

/** The values clinic setups wrote, so a later setup can tell them from the patient's own (utils/clinic/plan.ts). */
export interface ClinicWrites {
  protocol: Partial<Protocol>;
  habits: Partial<Record<PresetId, { goal?: Goal; nudges?: NudgeRule[] }>>;
  /** The questionnaires' intervals (issue 11). Absent in records stored before links could set them. */
  measures?: ClinicMeasures;
}

export interface ClinicRecord {
  profile: ClinicProfile;
  /** "link": the patient confirmed a link; "policy": set by the clinic's device policy (managed storage). */
  source: 'link' | 'policy';
  /** ISO instant of the last setup. */
  appliedAt: string;
  wrote: ClinicWrites;
}

export const NO_WRITES: ClinicWrites = { protocol: {}, habits: {} };

const presetIds = PRESET_IDS;

/** The one schema for the stored clinic record. */
export const ClinicRecordSchema = v.strictObject({
  profile: ClinicProfileSchema,
  source: v.picklist(['link', 'policy']),
  appliedAt: isoInstant,
  wrote: v.strictObject({
    protocol: v.partial(ProtocolSchema),
    habits: v.record(
      v.picklist(presetIds),
      v.strictObject({ goal: v.optional(GoalSchema), nudges: v.optional(v.array(NudgeRuleSchema)) }),
    ),
    measures: v.optional(ClinicMeasuresSchema),
  }),
});

/** Reads a stored clinic record: the record, none, or a value to set aside (never silently dropped). */
export function readClinicRecord(raw: unknown): { record: ClinicRecord | null; problem: string | null } {
  if (raw === null || raw === undefined) return { record: null, problem: null };
  const result = v.safeParse(ClinicRecordSchema, raw);
  if (result.success) return { record: result.output as ClinicRecord, problem: null };
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  return { record: null, problem: path ? `${path}: ${issue.message}` : issue.message };
}
