import { t } from '@/utils/catalogue';
import { CLOSED_STAGE_WEEKS, NEW_STAGE, readStageField } from '@/utils/treatment/edits';
import { KIND_PRESETS } from '@/utils/treatment/presets';
import type { Protocol, Stage, TreatmentKind } from '@/utils/treatment/record';
import { MAX_STAGES, PROTOCOL_LIMITS } from '@/utils/treatment/record';
import type { ClinicDraft, DraftErrors } from './draft';

/**
 * The link builder's stages editor as text fields: the schedule after the series, stage by
 * stage, read with the options page's own checks (utils/treatment/edits.ts readStageField), so a
 * wrong number reads the same sentence in both places. Ticked, it starts from the chosen kind's
 * preset stages (or the IV's none); unticked, the link carries no stages.
 */

/** One stage as fields; weeks '' is the open-ended last stage. */
export type StageRow = Record<keyof Stage, string>;
export const STAGE_FIELDS: ReadonlyArray<keyof Stage> = ['weeks', 'times', 'everyWeeks'];

export const stageRows = (stages: readonly Stage[]): StageRow[] =>
  stages.map((s) => ({ weeks: s.weeks === null ? '' : String(s.weeks), times: String(s.times), everyWeeks: String(s.everyWeeks) }));

/** The rows a ticked editor starts with: the kind's preset stages; no kind reads as the IV's (none). */
export const presetRows = (kind: TreatmentKind | '') => stageRows(KIND_PRESETS[kind || 'iv'].stages);

const sameRows = (a: StageRow[], b: StageRow[]) => JSON.stringify(a) === JSON.stringify(b);

/** Ticks or unticks the editor; ticking starts again from the kind's preset stages. */
export const tickStages = (draft: ClinicDraft, on: boolean): ClinicDraft => ({ ...draft, stagesOn: on, stages: on ? presetRows(draft.kind) : draft.stages });

/**
 * Chooses the kind. Rows still holding the old kind's preset follow the new kind's, as the
 * options page's kind brings its stages; rows the clinic edited stay as typed.
 */
export function chooseKind(draft: ClinicDraft, kind: TreatmentKind | ''): ClinicDraft {
  const follow = draft.stagesOn && sameRows(draft.stages, presetRows(draft.kind));
  return { ...draft, kind, ...(follow && { stages: presetRows(kind) }) };
}

/** Adds a weekly open-ended stage after the last, which gets an end, as on the options page (addStage). */
export function addStageRow(rows: StageRow[]): StageRow[] {
  if (rows.length >= MAX_STAGES) return rows;
  const closed = rows.map((r) => (r.weeks.trim() === '' ? { ...r, weeks: String(CLOSED_STAGE_WEEKS) } : r));
  return [...closed, ...stageRows([NEW_STAGE])];
}

export const removeStageRow = (rows: StageRow[], index: number): StageRow[] => rows.filter((_, i) => i !== index);

/**
 * Reads the rows into stages, or puts one sentence per wrong field into `errors` under
 * "stage-<index>-<key>" (and "stages" for too many) and gives null.
 */
export function readStageRows(rows: StageRow[], errors: DraftErrors): Stage[] | null {
  let ok = true;
  if (rows.length > MAX_STAGES) {
    errors.stages = t('stageTooMany', MAX_STAGES);
    ok = false;
  }
  const stages = rows.map((row, index) => {
    const stage: Stage = { ...NEW_STAGE };
    for (const key of STAGE_FIELDS) {
      const read = readStageField(index, rows.length, key, row[key]);
      if (read.ok) (stage as Record<keyof Stage, number | null>)[key] = read.value;
      else {
        errors[`stage-${index}-${key}`] = read.error;
        ok = false;
      }
    }
    return stage;
  });
  return ok ? stages : null;
}

/**
 * The schedule a ticked editor gives, for the builder to say in words (utils/treatment/schedule.ts
 * scheduleLines): the series from its fields, or else the kind's preset (the IV's without a kind),
 * then the rows. Null when unticked or while a field it needs is wrong.
 */
export function draftSchedule(draft: ClinicDraft): Protocol | null {
  if (!draft.stagesOn) return null;
  const base = KIND_PRESETS[draft.kind || 'iv'];
  const series = { inductionCount: base.inductionCount, infusionsPerWeek: base.infusionsPerWeek };
  for (const key of ['inductionCount', 'infusionsPerWeek'] as const) {
    const raw = draft.protocol[key].trim();
    if (raw === '') continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < PROTOCOL_LIMITS[key].min || value > PROTOCOL_LIMITS[key].max) return null;
    series[key] = value;
  }
  const stages = readStageRows(draft.stages, {});
  return stages && { ...base, ...series, stages };
}
