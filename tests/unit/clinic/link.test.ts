import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_CODE_LENGTH, buildClinicLink, encodeClinicProfile, extractCode, linkForCode, makeClinicCode, parseClinicLink } from '@/utils/clinic/link';
import { codeOnLandingPage, groupCode } from '@/utils/clinic/code';
import type { ClinicProfile } from '@/utils/clinic/profile';
import { CLINIC_LIMITS } from '@/utils/clinic/profile';
import { PRESETS, type PresetId } from '@/utils/habits/record';
import { sunrise } from '@/tests/support/clinicFixtures';


/** Encodes a raw value exactly as a link would, valid or not, to test what the reader refuses. */
async function codeFor(value: unknown, version = 1): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const b64 = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${version}.${b64}`;
}

const text = (max: number) => fc.string({ minLength: 1, maxLength: max }).filter((s) => s.trim().length > 0 && !/[<>]|javascript:|data:text\/html/i.test(s));
const presetIds = Object.keys(PRESETS) as PresetId[];
const profileArb: fc.Arbitrary<ClinicProfile> = fc.record(
  {
    name: text(CLINIC_LIMITS.name).map((s) => s.trim()),
    phone: fc.stringMatching(/^\+?[0-9]{3,12}$/),
    website: fc.webUrl({ validSchemes: ['https'] }).filter((u) => u.length <= 200 && !/[<>]/.test(u) && !new URL(u).username),
    welcome: text(CLINIC_LIMITS.welcome).map((s) => s.trim()),
    protocol: fc.record(
      {
        inductionCount: fc.integer({ min: 1, max: 12 }),
        infusionsPerWeek: fc.integer({ min: 1, max: 3 }),
        windowHours: fc.integer({ min: 24, max: 72 }),
        boosterIntervalWeeks: fc.option(fc.integer({ min: 2, max: 12 }), { nil: null }),
        therapySessionCount: fc.integer({ min: 0, max: 20 }),
      },
      { requiredKeys: [] },
    ),
    measures: fc.record({ inductionEveryDays: fc.integer({ min: 7, max: 28 }), maintenanceEveryDays: fc.integer({ min: 7, max: 28 }) }, { requiredKeys: [] }),
    presets: fc.uniqueArray(
      fc.record(
        { id: fc.constantFrom(...presetIds), goal: fc.oneof(fc.constant({ per: 'day' as const }), fc.integer({ min: 1, max: 7 }).map((times) => ({ per: 'week' as const, times }))) },
        { requiredKeys: ['id'] },
      ),
      { selector: (p) => p.id, maxLength: 7 },
    ),
  },
  { requiredKeys: ['name'] },
);

describe('clinic links', () => {
  it('round-trips a full profile through a link', async () => {
    const link = await buildClinicLink('https://landing.example/start', sunrise);
    expect(link.startsWith('https://landing.example/start#afterglow=2.')).toBe(true);
    expect(await parseClinicLink(link)).toMatchObject({ ok: true, profile: sunrise });
  });

  it('stays well under the 2 KB limit for a full profile', async () => {
    const code = await encodeClinicProfile(sunrise);
    expect(code.length).toBeLessThan(MAX_CODE_LENGTH / 2);
  });

  it('round-trips random valid profiles', async () => {
    await fc.assert(
      fc.asyncProperty(profileArb, async (profile) => {
        const result = await parseClinicLink(await encodeClinicProfile(profile));
        expect(result).toMatchObject({ ok: true });
        expect(result.ok && result.profile).toEqual(JSON.parse(JSON.stringify(profile)));
      }),
      { numRuns: 150 },
    );
  });

  it('never accepts a changed code as a different profile', async () => {
    const code = await encodeClinicProfile(sunrise);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: code.length - 1 }), fc.constantFrom(...alphabet), async (at, char) => {
        fc.pre(code[at] !== char);
        const tampered = code.slice(0, at) + char + code.slice(at + 1);
        const result = await parseClinicLink(tampered);
        // A change in base64's unused last bits decodes to the same bytes: same profile, fine.
        if (result.ok) expect(result.profile).toEqual(sunrise);
        else expect(result.error).toMatch(/Nothing was changed\.$/);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a truncated link', async () => {
    const code = await encodeClinicProfile(sunrise);
    for (const cut of [code.length - 1, code.length - 8, Math.floor(code.length / 2), 3]) {
      expect(await parseClinicLink(code.slice(0, cut))).toMatchObject({ ok: false, error: expect.stringMatching(/damaged or incomplete|does not look like/) });
    }
  });

  it.each([
    ['', 'Paste the link or code your clinic gave you.'],
    ['hello there', 'does not look like an Afterglow clinic link'],
    ['https://landing.example/#other=1.abc', 'does not look like an Afterglow clinic link'],
    ['https://landing.example/#afterglow=1.%%%', 'damaged or incomplete'],
    ['1.!!!!', 'does not look like an Afterglow clinic link'],
  ])('refuses %j with a sentence', async (input, message) => {
    const result = await parseClinicLink(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('refuses an oversized link before decoding it', async () => {
    const result = await parseClinicLink(`1.${'A'.repeat(MAX_CODE_LENGTH)}`);
    expect(!result.ok && result.error).toContain('longer than any Afterglow link can be');
  });

  it('asks for an update when the link comes from a newer version', async () => {
    const result = await parseClinicLink(await codeFor(sunrise, 3));
    expect(!result.ok && result.error).toBe('This clinic link was made by a newer version of Afterglow (format 3). Update Afterglow, then try again. Nothing was changed.');
  });

  it('carries the treatment kind and the stages in a version 2 link', async () => {
    const spray = { ...sunrise, protocol: { kind: 'esketamine' as const, stages: [{ weeks: 4, times: 1, everyWeeks: 1 }, { weeks: null, times: 1, everyWeeks: 1 }] } };
    const code = await encodeClinicProfile(spray);
    expect(code.startsWith('2.')).toBe(true);
    const result = await parseClinicLink(code);
    expect(result.ok && result.profile.protocol).toEqual(spray.protocol);
  });

  it('still reads a version 1 link, which means what it meant: numbers only', async () => {
    const old = { ...sunrise, protocol: { inductionCount: 8, windowHours: 60 } };
    const result = await parseClinicLink(await codeFor(old, 1));
    expect(result.ok && result.profile).toEqual(old);
  });

  it('refuses a version 1 link that carries a field only version 2 has', async () => {
    const result = await parseClinicLink(await codeFor({ ...sunrise, protocol: { kind: 'esketamine' } }, 1));
    expect(!result.ok && result.error).toContain('protocol.kind');
  });

  it('carries the questionnaires’ intervals in a version 2 link (issue 11)', async () => {
    const weekly = { ...sunrise, measures: { inductionEveryDays: 10, maintenanceEveryDays: 28 } };
    const result = await parseClinicLink(await encodeClinicProfile(weekly));
    expect(result.ok && result.profile.measures).toEqual({ inductionEveryDays: 10, maintenanceEveryDays: 28 });
    expect(await parseClinicLink(await codeFor({ ...sunrise, measures: { maintenanceEveryDays: 7 } }, 2))).toMatchObject({ ok: true, profile: { measures: { maintenanceEveryDays: 7 } } });
  });

  it('refuses a version 1 link that carries the questionnaires’ intervals, which only version 2 has', async () => {
    const result = await parseClinicLink(await codeFor({ ...sunrise, measures: { inductionEveryDays: 10 } }, 1));
    expect(!result.ok && result.error).toBe('This clinic link has a field Afterglow does not know ("measures"). Ask your clinic for a new link. Nothing was changed.');
  });

  it.each([
    [{ inductionEveryDays: 6 }, 'below 7'],
    [{ maintenanceEveryDays: 29 }, 'above 28'],
    [{ inductionEveryDays: 10.5 }, 'not a whole number'],
  ])('refuses questionnaire intervals outside 7–28 days: %j', async (measures, why) => {
    const result = await parseClinicLink(await codeFor({ ...sunrise, measures }, 2));
    expect(!result.ok && result.error).toBe(`The questionnaire schedule in this clinic link is not valid: ${why}. Nothing was changed.`);
  });

  it('refuses an unknown field among the questionnaires’ intervals', async () => {
    const result = await parseClinicLink(await codeFor({ ...sunrise, measures: { nudge: true } }, 2));
    expect(!result.ok && result.error).toContain('a field Afterglow does not know ("measures.nudge")');
  });

  it.each([
    [{ ...sunrise, website: 'javascript:alert(1)' }, 'code or markup'],
    [{ ...sunrise, website: 'http://sunrise.example' }, 'must be an https:// address'],
    [{ ...sunrise, name: '<script>alert(1)</script>' }, 'The clinic name in this link contains code or markup'],
    [{ ...sunrise, welcome: 'Hi <img src=x onerror=alert(1)>' }, 'The welcome message in this link contains code or markup'],
    [{ ...sunrise, infusions: [{ at: '2026-11-20T09:00:00Z' }] }, 'carries a field about a patient ("infusions")'],
    [{ ...sunrise, protocol: { windowHours: 48, mood: 3 } }, 'carries a field about a patient ("mood")'],
    [{ ...sunrise, color: 'red' }, 'a field Afterglow does not know ("color")'],
    [{ ...sunrise, protocol: { windowHours: 200 } }, 'The protocol in this clinic link is not valid: above 72'],
    [{ ...sunrise, name: '' }, 'The clinic name in this clinic link is not valid'],
    [{ ...sunrise, name: 'x'.repeat(81) }, 'longer than 80 characters'],
    [{ ...sunrise, phone: 'call us!' }, 'not a phone number'],
    [{ ...sunrise, presets: [{ id: 'movement' }, { id: 'movement' }] }, 'a habit is listed twice'],
    [{ ...sunrise, presets: [{ id: 'skydiving' }] }, 'not a known habit'],
    [['not', 'an', 'object'], 'damaged or incomplete'],
  ])('refuses a tampered profile %#', async (value, message) => {
    const result = await parseClinicLink(await codeFor(value));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toContain(message);
  });

  it('finds the code in a link, a fragment, or on its own', () => {
    expect(extractCode('https://x.example/a?b=c#afterglow=1.abc')).toBe('1.abc');
    expect(extractCode('#afterglow=1.abc')).toBe('1.abc');
    expect(extractCode('  1.abc  ')).toBe('1.abc');
    expect(extractCode('https://x.example/')).toBeNull();
  });
});

// Issue 17: a code survives paper, mail and chat; a damaged one still changes nothing.
describe('a code as people paste and type it', () => {
  const SOFT_HYPHEN = '\u00AD';
  const ZERO_WIDTH_SPACE = '\u200B';

  it('reads a code typed in the handout’s groups, with spaces and line breaks', async () => {
    const code = await encodeClinicProfile(sunrise);
    const typed = groupCode(code).join(' ').replace(/(.{48}) /g, '$1\n');
    expect(typed).toContain('\n');
    expect(await parseClinicLink(typed)).toMatchObject({ ok: true, profile: sunrise, code });
  });

  it('reads a link that mail wrapped across lines, with Windows line breaks and tabs', async () => {
    const link = await buildClinicLink('https://landing.example/start', sunrise);
    const wrapped = link.match(/.{1,70}/g)!.join('\r\n\t');
    expect(await parseClinicLink(wrapped)).toMatchObject({ ok: true, profile: sunrise });
  });

  it('reads a code a word processor hyphenated with soft hyphens, or a chat app broke with zero-width spaces', async () => {
    const code = await encodeClinicProfile(sunrise);
    const hyphenated = code.match(/.{1,9}/g)!.join(SOFT_HYPHEN);
    const broken = code.match(/.{1,13}/g)!.join(ZERO_WIDTH_SPACE + '\u00A0');
    expect(await parseClinicLink(hyphenated)).toMatchObject({ ok: true, profile: sunrise });
    expect(await parseClinicLink(`https://landing.example/#afterglow=${broken}`)).toMatchObject({ ok: true, profile: sunrise });
  });

  it('reads spaces that were escaped in the address (%20) as noise too', async () => {
    const code = await encodeClinicProfile(sunrise);
    expect(await parseClinicLink(`https://landing.example/#afterglow=${code.slice(0, 20)}%20${code.slice(20)}`)).toMatchObject({ ok: true, profile: sunrise });
  });

  it('still refuses a grouped code with a character changed, or a group left out', async () => {
    const code = await encodeClinicProfile(sunrise);
    const groups = groupCode(code);
    const changed = [...groups];
    changed[4] = changed[4]!.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
    const missing = groups.filter((_, i) => i !== 6);
    for (const damaged of [changed.join(' '), missing.join('\n')]) {
      const result = await parseClinicLink(damaged);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/damaged or incomplete.*Nothing was changed\.$/);
    }
  });

  it('still refuses a code a word processor broke with a hard hyphen, which base64url can hold', async () => {
    const code = await encodeClinicProfile(sunrise);
    const result = await parseClinicLink(`${code.slice(0, 30)}-${code.slice(30)}`);
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('Nothing was changed.') });
  });

  it('prints a code in groups of five that join back into the code', () => {
    expect(groupCode('1.eJyrVkrLL8pN')).toEqual(['1.eJy', 'rVkrL', 'L8pN']);
    expect(groupCode('')).toEqual([]);
  });
});

describe('the link a clinic hands out', () => {
  it('is the landing address with the code in the fragment, or on the clinic’s own page the address alone', () => {
    expect(linkForCode('https://start.example.org/', '1.abc', false)).toBe('https://start.example.org/#afterglow=1.abc');
    expect(linkForCode('https://start.example-clinic.org/', '1.abc', true)).toBe('https://start.example-clinic.org/');
  });

  it('makes the setup code for a profile', async () => {
    expect(await makeClinicCode(sunrise)).toEqual({ ok: true, code: await encodeClinicProfile(sunrise) });
  });

  it('reads the code built into a clinic’s own page before any fragment, so its address shows no other clinic', () => {
    expect(codeOnLandingPage('1.own', '#afterglow=1.other')).toBe('1.own');
    expect(codeOnLandingPage(null, '#afterglow=1.other')).toBe('1.other');
    expect(codeOnLandingPage('', '')).toBeNull();
  });
});
