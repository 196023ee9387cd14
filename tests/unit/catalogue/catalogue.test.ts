import { describe, expect, it } from 'vitest';
import { catalogue, messagesJson, sections, t } from '@/utils/catalogue';

describe('the message catalogue', () => {
  it('has no key in two sections (a later one would silently win)', () => {
    const keys = Object.values(sections).flatMap((s) => Object.keys(s));
    expect(keys.length).toBe(new Set(keys).size);
  });

  it('substitutes $1 … in order', () => {
    expect(t('titleWindowInduction', 38, 2, 6)).toBe('Window open: 38 hours left · infusion 2 of 6');
  });

  it('generates messages.json with named placeholders browser.i18n accepts', () => {
    const json = JSON.parse(messagesJson());
    expect(json.titleInduction).toEqual({
      message: 'Infusion $p1$ of $p2$ done · window closed',
      placeholders: { p1: { content: '$1' }, p2: { content: '$2' } },
    });
    expect(Object.keys(json)).toEqual(Object.keys(catalogue));
    for (const key of Object.keys(json)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('notes a source for every piece of guidance', () => {
    const guidance = Object.entries(catalogue).filter(([key]) => key.startsWith('guidance'));
    expect(guidance.length).toBeGreaterThan(0);
    for (const [, entry] of guidance) expect('source' in entry && entry.source).toBeTruthy();
  });
});
