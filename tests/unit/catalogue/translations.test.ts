import { describe, expect, it } from 'vitest';
import { clinicSchedule } from '@/utils/catalogue/clinicSchedule';
import { clinicSchedule as clinicScheduleEs } from '@/utils/catalogue/es/clinicSchedule';
import type { CatalogueSection } from '@/utils/catalogue/types';

/** Each translated section beside its English one (the type already demands every key). */
const TWINS: Array<[string, CatalogueSection, Record<string, string>]> = [['clinicSchedule', clinicSchedule, clinicScheduleEs]];
const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe.each(TWINS)('the Spanish %s', (_name, en, es) => {
  it('has every English key and no other', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps each message’s $1 … placeholders, so substitutions land in both languages', () => {
    for (const [key, entry] of Object.entries(en)) expect(placeholders(es[key]!), key).toEqual(placeholders(entry.message));
  });

  it('is translated, not copied', () => {
    for (const [key, entry] of Object.entries(en)) expect(es[key], key).not.toBe(entry.message);
  });
});
