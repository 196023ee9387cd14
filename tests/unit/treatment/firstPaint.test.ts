import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { treatmentAtFirstPaint } from '@/utils/treatment/firstPaint';
import { DEFAULT_PROTOCOL, EMPTY_TREATMENT } from '@/utils/treatment/record';
import { salvageTreatment } from '@/utils/treatment/schema';

const instant = fc.date({ min: new Date('2024-01-01'), max: new Date('2028-12-31'), noInvalidDate: true }).map((d) => d.toISOString());
const note = fc.option(fc.string({ maxLength: 520 }), { nil: undefined });
const treatmentKind = fc.constantFrom('iv', 'im', 'esketamine', 'home', 'oral', undefined);
const entry = (kinds: string[]) =>
  fc.record({ at: instant, kind: fc.constantFrom(...kinds), note, treatment: treatmentKind }, { requiredKeys: ['at', 'kind'] });
const stage = fc.record({
  weeks: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 53 })),
  times: fc.integer({ min: 0, max: 4 }),
  everyWeeks: fc.integer({ min: 1, max: 13 }),
});
// Version 2 adds the kind and the stages; a version 1 protocol has neither (requiredKeys below).
const protocol = fc.record({
  kind: treatmentKind,
  stages: fc.oneof({ weight: 4, arbitrary: fc.array(stage, { maxLength: 5 }) }, fc.anything()),
  inductionCount: fc.integer({ min: 0, max: 13 }),
  infusionsPerWeek: fc.integer({ min: 1, max: 3 }),
  windowHours: fc.oneof(fc.integer({ min: 20, max: 80 }), fc.constant(48.5)),
  boosterIntervalWeeks: fc.oneof(fc.constant(null), fc.integer({ min: 1, max: 13 })),
  therapySessionCount: fc.integer({ min: 0, max: 20 }),
}, { requiredKeys: ['inductionCount', 'infusionsPerWeek', 'windowHours', 'boosterIntervalWeeks', 'therapySessionCount'] });
// What a disk error, an old build or a hand edit can leave: anything, anywhere.
const damaged = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: fc.anything() });
const record = fc.record(
  {
    infusions: fc.oneof({ weight: 5, arbitrary: fc.array(damaged(entry(['infusion', 'booster', 'Infusion']))) }, fc.anything()),
    sessions: fc.oneof({ weight: 5, arbitrary: fc.array(damaged(entry(['preparation', 'kap', 'integration', 'other']))) }, fc.anything()),
    protocol: damaged(protocol),
  },
  { requiredKeys: [] },
);

describe("the popup's first-paint reading of the treatment record", () => {
  it('keeps exactly what the full check keeps, on valid and damaged records alike', () => {
    fc.assert(
      fc.property(fc.oneof(record, fc.anything()), (raw) => {
        expect(treatmentAtFirstPaint(raw)).toEqual(salvageTreatment(raw).record);
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a version 1 record (no kind, no stages) as the IV protocol it was', () => {
    const { kind: _k, stages: _s, ...v1 } = { ...DEFAULT_PROTOCOL, inductionCount: 5, infusionsPerWeek: 3 };
    const raw = { infusions: [{ at: '2026-02-27T09:00:00.000Z', kind: 'infusion' }], sessions: [], protocol: v1 };
    const expected = { ...raw, protocol: { ...v1, kind: 'iv', stages: [] } };
    expect(treatmentAtFirstPaint(raw)).toEqual(expected);
    expect(salvageTreatment(raw)).toEqual({ record: expected, rejected: [] });
  });

  it('reads nothing stored as no treatment yet', () => {
    expect(treatmentAtFirstPaint(undefined)).toEqual(EMPTY_TREATMENT);
  });

  it('drops an infusion on a day that does not exist, and a protocol with a field too many', () => {
    const raw = {
      infusions: [{ at: '2026-02-30T09:00:00.000Z', kind: 'infusion' }, { at: '2026-02-27T09:00:00.000Z', kind: 'infusion' }],
      sessions: [],
      protocol: { ...DEFAULT_PROTOCOL, windowHours: 60, extra: 1 },
    };
    expect(treatmentAtFirstPaint(raw)).toEqual({ infusions: [{ at: '2026-02-27T09:00:00.000Z', kind: 'infusion' }], sessions: [], protocol: DEFAULT_PROTOCOL });
  });
});
