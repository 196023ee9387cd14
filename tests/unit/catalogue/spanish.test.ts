import { afterEach, describe, expect, it } from 'vitest';
import { catalogue, messagesJson, messagesOf, pickLanguage, setLanguage, t, type MessageKey } from '@/utils/catalogue';
import { pluralBlocks, resolvePlurals } from '@/utils/catalogue/plural';
import { badgeFor } from '@/utils/treatment/badge';
import { phaseAt } from '@/utils/treatment/phaseAt';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

afterEach(() => setLanguage('en'));

const keys = Object.keys(catalogue) as MessageKey[];
const english = messagesOf('en');
const spanish = messagesOf('es');
const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('every sentence in both languages (issue 13)', () => {
  it('has every English key in Spanish, and nothing more', () => {
    expect(Object.keys(spanish).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s: the same placeholders, and a Spanish sentence', (key) => {
    expect(placeholders(spanish[key])).toEqual(placeholders(english[key]));
    expect(spanish[key].trim()).not.toBe('');
  });

  it('gives every plural block an "other" form, in both languages', () => {
    for (const message of [...Object.values(english), ...Object.values(spanish)]) {
      for (const block of pluralBlocks(message)) expect(block).toMatch(/(^|\|)\s*other=/);
    }
  });

  it('keeps the store description within Chrome\u2019s 132 characters, in both languages', () => {
    expect(english.extDescription.length).toBeLessThanOrEqual(132);
    expect(spanish.extDescription.length).toBeLessThanOrEqual(132);
  });

  it('writes messages.json for Spanish with the same keys and placeholders browser.i18n needs', () => {
    const json = JSON.parse(messagesJson('es'));
    expect(Object.keys(json)).toEqual(keys);
    expect(json.catalogueLocale.message).toBe('es');
    expect(json.titleInduction.placeholders).toEqual({ p1: { content: '$1' }, p2: { content: '$2' } });
  });

  it('keeps the PHQ-9 and GAD-7 in their authors\u2019 English, and says so in Spanish', () => {
    for (const key of ['phq9Item9', 'gad7Item1', 'answer0', 'answer3', 'measureAttribution'] as MessageKey[]) expect(spanish[key]).toBe(english[key]);
    setLanguage('es');
    expect(t('measuresFormsInEnglish')).toMatch(/en inglés/);
  });
});

describe('plural forms', () => {
  it('picks the form by the language\u2019s own rules', () => {
    const block = '{{1: one=# hour | other=# hours}}';
    expect(resolvePlurals(block, 'en')).toBe('1 hour');
    expect(resolvePlurals('{{0: one=# hour | other=# hours}}', 'en')).toBe('0 hours');
    expect(resolvePlurals('{{1: one=# hora | other=# horas}}', 'es')).toBe('1 hora');
    // Spanish says "many" for a million; without that form, "other".
    expect(resolvePlurals('{{1000000: one=# hora | other=# horas}}', 'es')).toBe('1000000 horas');
    expect(resolvePlurals('no block here: {{not a number: one=x}}', 'en')).toBe('no block here: {{not a number: one=x}}');
  });

  it('says one hour at 47.5 hours after an infusion, in both languages (the badge tooltip)', () => {
    const at = new Date(2026, 10, 20, 9);
    const record = { ...EMPTY_TREATMENT, infusions: [{ at: at.toISOString(), kind: 'infusion' as const }] };
    const now = new Date(at.getTime() + 47.5 * 3_600_000);
    const state = phaseAt(record, now);
    expect(badgeFor(state, now).text).toBe('1h');
    expect(badgeFor(state, now).title).toBe('Window open: 1 hour left · infusion 1 of 6');
    setLanguage('es');
    expect(badgeFor(state, now).title).toMatch(/\b1 hora\b/);
    expect(badgeFor(state, now).title).not.toMatch(/horas/);
    const earlier = new Date(at.getTime() + 10 * 3_600_000);
    expect(badgeFor(phaseAt(record, earlier), earlier).title).toMatch(/\b38 horas\b/);
  });
});

describe('the language of the static pages', () => {
  it.each([
    [['es-MX', 'en'], 'es'],
    [['en-GB', 'es'], 'en'],
    [['fr-FR', 'de'], 'en'],
    [['ES'], 'es'],
    [[], 'en'],
  ] as const)('%j speaks %s', (preferred, language) => {
    expect(pickLanguage(preferred)).toBe(language);
  });
});

describe('dates in the language of the words (issue 13)', () => {
  const at = new Date(2026, 11, 1, 14, 5);
  const now = new Date(2026, 11, 1, 9, 0);

  it('writes today, tomorrow and other days in Spanish when the catalogue is Spanish', async () => {
    const { friendlyMoment, formatFull } = await import('@/utils/time/format');
    expect(friendlyMoment(at, now)).toMatch(/^today 2:05\sPM$/);
    setLanguage('es');
    expect(friendlyMoment(at, now)).toBe('hoy 14:05');
    expect(friendlyMoment(new Date(2026, 11, 2, 8, 0), now)).toBe('mañana 8:00');
    expect(formatFull(at)).toMatch(/^mar, 1 dic 2026, 14:05$/);
  });
});
