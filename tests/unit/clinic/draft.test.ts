import { describe, expect, it } from 'vitest';
import type { ClinicDraft } from '@/utils/clinic/draft';
import { draftToProfile, emptyDraft, landingProblem, presetFieldDefaults } from '@/utils/clinic/draft';
import { MAX_CODE_LENGTH, linkForCode, makeClinicCode, parseClinicLink } from '@/utils/clinic/link';
import { describeChange, describeNudges, summarizeProfile } from '@/utils/clinic/summary';

const landing = 'https://start.example.org/';

function draft(patch: (d: ClinicDraft) => void): ClinicDraft {
  const d = structuredClone(emptyDraft(landing));
  d.name = 'Sunrise Ketamine Clinic';
  patch(d);
  return d;
}

const errorsOf = (d: ClinicDraft) => {
  const result = draftToProfile(d);
  return result.ok ? {} : result.errors;
};

describe('the link builder’s form', () => {
  it('makes a profile of only what the clinic filled in', () => {
    const result = draftToProfile(
      draft((d) => {
        d.phone = ' +1 555 010 2000 ';
        d.website = 'https://sunrise.example/care';
        d.welcome = 'Welcome!\nWe are glad you are here.';
        d.protocol.windowHours = '72';
        d.presets['morning-light'] = { on: true, times: '', nudge: '07:30', texts: 'Step outside.\n\n  Ten minutes of light.  ' };
        d.presets.movement = { on: true, times: '2', nudge: '', texts: '' };
        d.presets['movement-breaks'] = { on: true, times: '', nudge: '90', texts: '' };
        d.presets['wind-down'] = { on: true, times: '', nudge: '45', texts: '' };
        d.presets.reflect = { on: false, times: '3', nudge: '09:00', texts: 'ignored while off' };
      }),
    );
    expect(result).toEqual({
      ok: true,
      profile: {
        name: 'Sunrise Ketamine Clinic',
        phone: '+1 555 010 2000',
        website: 'https://sunrise.example/care',
        welcome: 'Welcome!\nWe are glad you are here.',
        protocol: { windowHours: 72 },
        presets: [
          { id: 'morning-light', nudges: [{ kind: 'clock', time: '07:30', weekdays: [0, 1, 2, 3, 4, 5, 6] }] },
          { id: 'movement', goal: { per: 'week', times: 2 } },
          { id: 'movement-breaks', nudges: [{ kind: 'interval', everyMinutes: 90 }] },
          { id: 'wind-down', nudges: [{ kind: 'before-bedtime', minutesBefore: 45, weekdays: [0, 1, 2, 3, 4, 5, 6] }] },
        ],
        nudgeTexts: { 'morning-light': ['Step outside.', 'Ten minutes of light.'] },
      },
    });
  });

  it.each<[string, (d: ClinicDraft) => void, string, string]>([
    ['an empty name', (d) => (d.name = '  '), 'name', 'Enter the clinic’s name.'],
    ['a name in markup', (d) => (d.name = '<b>Sunrise</b>'), 'name', 'Leave out < and > and anything that looks like code.'],
    ['a long name', (d) => (d.name = 'x'.repeat(81)), 'name', 'Keep this to 80 characters or fewer.'],
    ['a phone with letters', (d) => (d.phone = 'call us'), 'phone', 'Use digits, spaces, + ( ) - and dots only.'],
    ['an http website', (d) => (d.website = 'http://sunrise.example'), 'website', 'Enter an address starting with https://.'],
    ['a javascript: website', (d) => (d.website = 'javascript:alert(1)'), 'website', 'Leave out < and > and anything that looks like code.'],
    ['a welcome with a script', (d) => (d.welcome = 'Hi <script>x</script>'), 'welcome', 'Leave out < and > and anything that looks like code.'],
    ['a landing page on http', (d) => (d.landing = 'http://start.example.org/'), 'landing', 'Enter the landing page’s address, starting with https://.'],
    ['a window of 100 hours', (d) => (d.protocol.windowHours = '100'), 'protocol-windowHours', 'Enter a whole number from 24 to 72.'],
    ['half an infusion', (d) => (d.protocol.inductionCount = '2.5'), 'protocol-inductionCount', 'Enter a whole number from 1 to 12.'],
    ['a goal of 9 a week', (d) => (d.presets.movement = { on: true, times: '9', nudge: '', texts: '' }), 'preset-movement-times', 'Enter a whole number from 1 to 7.'],
    ['a time of 25:00', (d) => (d.presets['morning-light'] = { on: true, times: '', nudge: '25:00', texts: '' }), 'preset-morning-light-nudge', 'Enter a time like 07:30.'],
    ['breaks every 5 minutes', (d) => (d.presets['movement-breaks'] = { on: true, times: '', nudge: '5', texts: '' }), 'preset-movement-breaks-nudge', 'Enter a whole number from 15 to 480.'],
    ['six nudge texts', (d) => (d.presets.reflect = { on: true, times: '', nudge: '', texts: 'a\nb\nc\nd\ne\nf' }), 'preset-reflect-texts', 'Up to 5 texts, each up to 160 characters, without < or >.'],
  ])('refuses %s with a sentence next to the field', (_name, patch, field, sentence) => {
    expect(errorsOf(draft(patch))).toEqual({ [field]: sentence });
  });

  it('needs no landing page: every clinic gets the setup code (issue 17)', () => {
    expect(draftToProfile(draft((d) => (d.landing = '  ')))).toEqual({ ok: true, profile: { name: 'Sunrise Ketamine Clinic' } });
  });

  it('leaves a habit’s fields out of the profile while they hold the preset’s own values', () => {
    const result = draftToProfile(
      draft((d) => {
        d.presets['morning-light'] = { on: true, ...presetFieldDefaults('morning-light'), texts: '' };
        d.presets.movement = { on: true, ...presetFieldDefaults('movement'), texts: '' };
        d.presets['wind-down'] = { on: true, ...presetFieldDefaults('wind-down'), texts: '' };
      }),
    );
    expect(presetFieldDefaults('morning-light')).toEqual({ times: '', nudge: '08:00' });
    expect(presetFieldDefaults('movement')).toEqual({ times: '1', nudge: '' });
    expect(result).toEqual({ ok: true, profile: { name: 'Sunrise Ketamine Clinic', presets: [{ id: 'morning-light' }, { id: 'movement' }, { id: 'wind-down' }] } });
  });

  it('accepts a landing page on this computer, for trying it out', () => {
    expect(landingProblem('http://127.0.0.1:41731/')).toBeNull();
    expect(landingProblem('http://localhost:5173/start/')).toBeNull();
    expect(landingProblem('not a url')).not.toBeNull();
  });
});

describe('making the link', () => {
  it('round-trips what the builder made', async () => {
    const result = draftToProfile(draft((d) => (d.protocol.inductionCount = '8')));
    if (!result.ok) throw new Error('draft');
    const made = await makeClinicCode(result.profile);
    if (!made.ok) throw new Error('code');
    const link = linkForCode(landing, made.code, false);
    expect(link).toMatch(/^https:\/\/start\.example\.org\/#afterglow=2\./);
    expect(await parseClinicLink(link)).toMatchObject({ ok: true, profile: result.profile });
    expect(await parseClinicLink(made.code)).toMatchObject({ ok: true, profile: result.profile });
  });

  it('carries the treatment kind a clinic chooses, and leaves it out when not set', async () => {
    const spray = draftToProfile(draft((d) => (d.kind = 'esketamine')));
    expect(spray.ok && spray.profile.protocol).toEqual({ kind: 'esketamine' });
    const made = spray.ok && (await makeClinicCode(spray.profile));
    expect(made && made.ok && (await parseClinicLink(made.code))).toMatchObject({ ok: true, profile: { protocol: { kind: 'esketamine' } } });
    const none = draftToProfile(draft(() => {}));
    expect(none.ok && none.profile.protocol).toBeUndefined();
  });

  it('refuses to make a link longer than Afterglow can read', async () => {
    // Text that does not compress: every nudge text of every habit at its longest.
    let seed = 7;
    const noise = (n: number) =>
      Array.from({ length: n }, () => {
        seed = (seed * 48271) % 2147483647;
        return 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'[seed % 62];
      }).join('');
    const texts = Array.from({ length: 5 }, () => noise(160));
    const made = await makeClinicCode({
      name: 'Sunrise',
      welcome: noise(400),
      nudgeTexts: { 'morning-light': texts, 'evening-light': texts.map((s) => s.split('').reverse().join('')), movement: texts.map((s) => s.slice(80) + s.slice(0, 80)) },
    });
    expect(made.ok).toBe(false);
    expect(!made.ok && made.error).toMatch(new RegExp(`^The link would be \\d+ characters long, and the limit is ${MAX_CODE_LENGTH}\\. Shorten`));
  });
});

describe('a clinic profile in words', () => {
  it('summarises what a patient will see', () => {
    expect(
      summarizeProfile({
        name: 'Sunrise',
        protocol: { windowHours: 72, boosterIntervalWeeks: null },
        presets: [{ id: 'movement', goal: { per: 'week', times: 2 } }, { id: 'morning-light' }],
        nudgeTexts: { reflect: ['x'] },
      }),
    ).toEqual({
      name: 'Sunrise',
      welcome: null,
      phone: null,
      website: null,
      protocol: ['Window after a treatment: 72 hours', 'Booster reminder: off'],
      habits: ['Movement: 2 times a week, no nudges', 'Morning light outside: every day, nudge at 08:00'],
      nudgeTexts: ['Reflect during the window'],
    });
  });

  it('lists the questionnaires’ intervals with the protocol, in days', () => {
    expect(summarizeProfile({ name: 'Sunrise', measures: { inductionEveryDays: 10, maintenanceEveryDays: 21 } }).protocol).toEqual([
      'PHQ-9 and GAD-7 during the series: every 10 days',
      'PHQ-9 and GAD-7 after the series: every 21 days',
    ]);
  });

  it('says each kind of nudge', () => {
    expect(describeNudges([{ kind: 'clock', time: '07:30', weekdays: [5, 1, 2, 3, 4] }])).toBe('nudge at 07:30 on weekdays');
    expect(describeNudges([{ kind: 'before-bedtime', minutesBefore: 60, weekdays: [0, 1, 2, 3, 4, 5, 6] }])).toBe('nudge 60 minutes before bedtime');
    expect(describeNudges([{ kind: 'interval', everyMinutes: 45 }])).toBe('a break every 45 minutes in working hours');
    expect(describeNudges([{ kind: 'in-window', time: '10:00' }])).toBe('once per window at 10:00');
    expect(describeNudges([])).toBe('no nudges');
  });

  it('says each change with its from and to', () => {
    expect(describeChange({ id: 'protocol.windowHours', area: 'protocol', key: 'windowHours', from: 48, to: 72, conflict: false })).toBe(
      'Window after a treatment: from 48 hours to 72 hours',
    );
    expect(describeChange({ id: 'protocol.boosterIntervalWeeks', area: 'protocol', key: 'boosterIntervalWeeks', from: null, to: 4, conflict: false })).toBe(
      'Booster reminder: from off to every 4 weeks',
    );
    expect(describeChange({ id: 'habit.movement.resume', area: 'habit', preset: 'movement', aspect: 'resume', from: 'paused', conflict: true })).toBe(
      'Switch Movement back on (you paused it)',
    );
    expect(
      describeChange({ id: 'habit.movement.goal', area: 'habit', preset: 'movement', aspect: 'goal', from: { per: 'week', times: 1 }, to: { per: 'day' }, conflict: false }),
    ).toBe('Movement, how often: from once a week to every day');
  });
});
