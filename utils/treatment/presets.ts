import type { Protocol, TreatmentKind } from './record';
import { DEFAULT_PROTOCOL } from './record';

/**
 * Each kind's preset, chosen with the kind (docs/clinical-defaults.md#other-kinds-of-treatment).
 * The window is 48 hours for every kind: there is no separate human evidence for the others.
 */
export const KIND_PRESETS: Record<TreatmentKind, Protocol> = {
  iv: DEFAULT_PROTOCOL,
  // Given in series like IV infusions (clinic protocols).
  im: { ...DEFAULT_PROTOCOL, kind: 'im' },
  // SPRAVATO Prescribing Information, Dosage and Administration: weeks 1-4 twice a week,
  // weeks 5-8 weekly, from week 9 every 2 weeks or weekly (the least frequent that holds).
  esketamine: {
    ...DEFAULT_PROTOCOL,
    kind: 'esketamine',
    inductionCount: 8,
    infusionsPerWeek: 2,
    stages: [
      { weeks: 4, times: 1, everyWeeks: 1 },
      { weeks: null, times: 1, everyWeeks: 2 },
    ],
  },
  // At-home programs: about 6 sessions, 1-2 a week (e.g. Mindbloom's first program).
  home: { ...DEFAULT_PROTOCOL, kind: 'home', inductionCount: 6, infusionsPerWeek: 1 },
};

