import { describe, expect, it } from 'vitest';
import { crisis as en } from '@/utils/catalogue/crisis';
import { crisis as es } from '@/utils/catalogue/es/crisis';

const placeholders = (message: string) => [...message.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();
// The numbers a sentence gives ("116 123" is one), so a translation can never change a number.
const numbers = (message: string) => [...message.matchAll(/\d[\d ]*\d|\d/g)].map((m) => m[0].replace(/ /g, '')).sort();

describe('the crisis lines in Spanish (utils/catalogue/es/crisis.ts)', () => {
  it('has every English message and no other, none empty', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const [key, message] of Object.entries(es)) expect(message.trim(), key).not.toBe('');
  });

  it('keeps each message’s placeholders and every number it gives', () => {
    for (const [key, entry] of Object.entries(en)) {
      const spanish = es[key as keyof typeof en];
      expect(placeholders(spanish), key).toEqual(placeholders(entry.message));
      expect(numbers(spanish), key).toEqual(numbers(entry.message));
    }
  });

  it('speaks to the patient as "usted", never "tú"', () => {
    // Words only "tú" uses; a verb like "escribe" fits both ("usted escribe"), so it is not here.
    for (const [key, message] of Object.entries(es)) expect(message, key).not.toMatch(/(?<![\p{L}])(tú|tu|tus|te|ti|contigo|puedes|tienes|quieres|estás|eres)(?![\p{L}])/iu);
  });
});
