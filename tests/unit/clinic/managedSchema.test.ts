import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClinicProfileSchema, profileFromPolicy, validateClinicProfile } from '@/utils/clinic/profile';
import { PRESETS } from '@/utils/habits/record';
import { MEASURE_INTERVAL_LIMITS, MEASURE_INTERVALS } from '@/utils/measures/settings';
import { PROTOCOL_LIMITS, STAGE_LIMITS, TREATMENT_KINDS } from '@/utils/treatment/record';
import { sunrise } from '@/tests/support/clinicFixtures';

// public/managed_schema.json: the same clinic profile, for Chrome device policy. Chrome refuses
// to load an extension whose schema it cannot parse, and publishes no policy value that fails it.
interface JsonSchema {
  type: 'object' | 'array' | 'string' | 'integer';
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
}
const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8')) as JsonSchema;

/** What Chrome checks of a policy value, for the attributes this schema uses. */
function conforms(value: unknown, s: JsonSchema): boolean {
  switch (s.type) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) &&
        Object.entries(value).every(([k, v]) => !s.properties?.[k] || conforms(v, s.properties[k]!));
    case 'array':
      return Array.isArray(value) && value.every((v) => conforms(v, s.items!));
    case 'integer':
      return Number.isInteger(value) && (s.minimum === undefined || (value as number) >= s.minimum) && (s.maximum === undefined || (value as number) <= s.maximum);
    case 'string':
      return typeof value === 'string' && (!s.enum || s.enum.includes(value)) && (!s.pattern || new RegExp(s.pattern).test(value));
  }
}

const ALLOWED = new Set(['type', 'title', 'description', 'properties', 'items', 'enum', 'minimum', 'maximum', 'pattern']);
function attributes(s: JsonSchema): string[] {
  return [...Object.keys(s), ...Object.values(s.properties ?? {}).flatMap(attributes), ...(s.items ? attributes(s.items) : [])];
}


describe('the managed-storage schema for device policy', () => {
  it('declares exactly the clinic profile’s fields, protocol numbers and presets', () => {
    expect(Object.keys(schema.properties!).sort()).toEqual(Object.keys(ClinicProfileSchema.entries).sort());
    expect(Object.keys(schema.properties!.protocol!.properties!).sort()).toEqual(['kind', 'stages', ...Object.keys(PROTOCOL_LIMITS)].sort());
    expect(schema.properties!.presets!.items!.properties!.id!.enum).toEqual(Object.keys(PRESETS));
    expect(Object.keys(schema.properties!.nudgeTexts!.properties!)).toEqual(Object.keys(PRESETS));
  });

  it('uses the protocol ranges of the profile', () => {
    for (const [key, { min, max }] of Object.entries(PROTOCOL_LIMITS)) {
      expect(schema.properties!.protocol!.properties![key]).toMatchObject({ minimum: min, maximum: max });
    }
  });

  it('offers the treatment kinds and the stages with the options page\u2019s limits (issue 15)', () => {
    const protocol = schema.properties!.protocol!.properties!;
    expect(protocol.kind!.enum).toEqual([...TREATMENT_KINDS]);
    const stage = protocol.stages!.items!.properties!;
    for (const key of ['weeks', 'times', 'everyWeeks'] as const) {
      expect(stage[key]).toMatchObject({ type: 'integer', minimum: STAGE_LIMITS[key].min, maximum: STAGE_LIMITS[key].max });
    }
  });

  it('reads a policy\u2019s open-ended last stage, written without weeks, as the profile\u2019s ongoing stage', () => {
    const policy = { name: 'Sunrise', protocol: { kind: 'esketamine', stages: [{ weeks: 4, times: 1, everyWeeks: 1 }, { times: 1, everyWeeks: 2 }] } };
    expect(conforms(policy, schema)).toBe(true);
    const read = validateClinicProfile(profileFromPolicy(policy));
    expect(read.ok && read.profile.protocol?.stages).toEqual([{ weeks: 4, times: 1, everyWeeks: 1 }, { weeks: null, times: 1, everyWeeks: 2 }]);
    // A stage without weeks that is not the last is still refused.
    const early = { name: 'Sunrise', protocol: { stages: [{ times: 1, everyWeeks: 2 }, { weeks: 4, times: 1, everyWeeks: 1 }] } };
    expect(validateClinicProfile(profileFromPolicy(early)).ok).toBe(false);
  });

  it('uses the questionnaires’ 7–28 days of the profile', () => {
    expect(Object.keys(schema.properties!.measures!.properties!)).toEqual([...MEASURE_INTERVALS]);
    for (const key of MEASURE_INTERVALS) {
      expect(schema.properties!.measures!.properties![key]).toMatchObject({ type: 'integer', minimum: MEASURE_INTERVAL_LIMITS.min, maximum: MEASURE_INTERVAL_LIMITS.max });
    }
  });

  it('uses only attributes Chrome’s policy schema knows, with a type on every node', () => {
    expect(attributes(schema).filter((a) => !ALLOWED.has(a))).toEqual([]);
    const typed = (s: JsonSchema): boolean => !!s.type && Object.values(s.properties ?? {}).every(typed) && (!s.items || typed(s.items));
    expect(typed(schema)).toBe(true);
  });

  it('accepts a full clinic profile, as the extension does', () => {
    expect(conforms(sunrise, schema)).toBe(true);
    expect(validateClinicProfile(sunrise).ok).toBe(true);
  });

  it.each([
    ['markup in the name', { ...sunrise, name: '<b>Sunrise</b>' }],
    ['an http website', { ...sunrise, website: 'http://sunrise.example' }],
    ['a 100-hour window', { ...sunrise, protocol: { windowHours: 100 } }],
    ['questionnaires every 30 days', { ...sunrise, measures: { maintenanceEveryDays: 30 } }],
    ['an unknown habit', { ...sunrise, presets: [{ id: 'skydiving' }] }],
    ['a long nudge text', { ...sunrise, nudgeTexts: { reflect: ['x'.repeat(161)] } }],
    ['a time of 24:00', { ...sunrise, presets: [{ id: 'reflect', nudges: [{ kind: 'in-window', time: '24:00' }] }] }],
  ])('refuses %s, as the extension does', (_name, value) => {
    expect(conforms(value, schema)).toBe(false);
    expect(validateClinicProfile(value).ok).toBe(false);
  });
});
