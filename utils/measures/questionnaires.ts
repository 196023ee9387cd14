import type { MessageKey } from '@/utils/catalogue';

/**
 * The PHQ-9 and the GAD-7 as the authors publish them: the items (wording in
 * utils/catalogue/measures.ts, unaltered), answers scored 0–3, and the severity bands
 * (docs/measures.md; Kroenke 2001 for the PHQ-9, Spitzer 2006 for the GAD-7).
 */
export type MeasureId = 'phq9' | 'gad7';
export const MEASURE_IDS: readonly MeasureId[] = ['phq9', 'gad7'];

/** "Not at all" 0, "Several days" 1, "More than half the days" 2, "Nearly every day" 3. */
export type Answer = 0 | 1 | 2 | 3;
export const ANSWERS: readonly Answer[] = [0, 1, 2, 3];

export type BandId = 'minimal' | 'mild' | 'moderate' | 'moderatelySevere' | 'severe';

export interface Band {
  id: BandId;
  from: number;
  to: number;
}

export interface Measure {
  id: MeasureId;
  /** The catalogue keys of the items, in the printed order. */
  items: MessageKey[];
  recall: MessageKey;
  max: number;
  bands: Band[];
}

const items = (prefix: 'phq9Item' | 'gad7Item', n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}` as MessageKey);

export const MEASURES: Record<MeasureId, Measure> = {
  phq9: {
    id: 'phq9',
    items: items('phq9Item', 9),
    recall: 'phq9Recall',
    max: 27,
    // Kroenke 2001 (J Gen Intern Med 16:606).
    bands: [
      { id: 'minimal', from: 0, to: 4 },
      { id: 'mild', from: 5, to: 9 },
      { id: 'moderate', from: 10, to: 14 },
      { id: 'moderatelySevere', from: 15, to: 19 },
      { id: 'severe', from: 20, to: 27 },
    ],
  },
  gad7: {
    id: 'gad7',
    items: items('gad7Item', 7),
    recall: 'gad7Recall',
    max: 21,
    // Spitzer 2006 (Arch Intern Med 166:1092).
    bands: [
      { id: 'minimal', from: 0, to: 4 },
      { id: 'mild', from: 5, to: 9 },
      { id: 'moderate', from: 10, to: 14 },
      { id: 'severe', from: 15, to: 21 },
    ],
  },
};

/** PHQ-9 item 9 (thoughts of being better off dead or of self-harm), counted from 0. */
export const PHQ9_SAFETY_ITEM = 8;

export const BAND_KEYS: Record<BandId, MessageKey> = {
  minimal: 'bandMinimal',
  mild: 'bandMild',
  moderate: 'bandModerate',
  moderatelySevere: 'bandModeratelySevere',
  severe: 'bandSevere',
};
