import { describe, expect, it } from 'vitest';
import { BADGE_COLORS, badgeFor, nextBadgeChange } from '@/utils/treatment/badge';
import { phaseAt } from '@/utils/treatment/phaseAt';
import type { TreatmentRecord } from '@/utils/treatment/record';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

const HOUR = 3_600_000;
const record = (...isos: string[]): TreatmentRecord => ({
  ...EMPTY_TREATMENT,
  infusions: isos.map((iso) => ({ at: new Date(iso).toISOString(), kind: 'infusion' as const })),
});
const badgeAt = (r: TreatmentRecord, now: string) => badgeFor(phaseAt(r, new Date(now)), new Date(now));

describe('the toolbar badge (a contract)', () => {
  it('shows the whole hours left, rounded up, then h, while the window is open', () => {
    expect(badgeAt(record('2026-11-27T00:00:00Z'), '2026-11-27T10:00:00Z')).toMatchObject({
      text: '38h',
      title: 'Window open: 38 hours left · infusion 1 of 6',
      color: BADGE_COLORS.window,
    });
    expect(badgeAt(record('2026-11-27T00:00:00Z'), '2026-11-27T10:30:00Z').text).toBe('38h');
    expect(badgeAt(record('2026-11-27T00:00:00Z'), '2026-11-28T23:59:00Z').text).toBe('1h');
  });

  it('shows k/N during induction once the window has closed', () => {
    expect(badgeAt(record('2026-11-16T09:00:00Z', '2026-11-19T09:00:00Z'), '2026-11-22T10:00:00Z')).toMatchObject({
      text: '2/6',
      title: 'Infusion 2 of 6 done · window closed',
      color: BADGE_COLORS.induction,
    });
  });

  it('shows no text before treatment and in maintenance, with a sentence as tooltip', () => {
    expect(badgeAt(EMPTY_TREATMENT, '2026-11-22T10:00:00Z')).toMatchObject({ text: '', title: 'Afterglow: add your infusion dates to begin' });
    const six = record(...['02', '05', '09', '12', '16', '19'].map((d) => `2026-11-${d}T09:00:00Z`));
    expect(badgeAt(six, '2026-11-27T10:00:00Z')).toMatchObject({ text: '', color: BADGE_COLORS.maintenance });
    expect(badgeAt(six, '2026-11-27T10:00:00Z').title).toMatch(/^Maintenance · \d+ days since your last infusion$/);
  });

  it('gives each phase its own colour', () => {
    expect(new Set(Object.values(BADGE_COLORS)).size).toBe(4);
  });
});

describe('nextBadgeChange', () => {
  it('is the moment the hours left drop by one', () => {
    const r = record('2026-11-27T00:00:00Z');
    expect(nextBadgeChange(r, new Date('2026-11-27T10:20:00Z'))?.toISOString()).toBe('2026-11-27T11:00:00.000Z');
  });

  it('is the window end in the last hour', () => {
    const r = record('2026-11-27T00:00:00Z');
    expect(nextBadgeChange(r, new Date('2026-11-28T23:30:00Z'))?.toISOString()).toBe('2026-11-29T00:00:00.000Z');
  });

  it('is a scheduled infusion when it comes before anything else', () => {
    const r = record('2026-11-20T09:00:00Z', '2026-11-27T10:30:00Z');
    expect(nextBadgeChange(r, new Date('2026-11-27T10:00:00Z'))?.toISOString()).toBe('2026-11-27T10:30:00.000Z');
  });

  it('is the next local midnight past the window, so the day count stays true', () => {
    const r = record('2026-11-20T09:00:00Z');
    const next = nextBadgeChange(r, new Date('2026-11-27T10:00:00Z'))!;
    expect([next.getHours(), next.getMinutes()]).toEqual([0, 0]);
    expect(next.getTime() - Date.parse('2026-11-27T10:00:00Z')).toBeLessThanOrEqual(25 * HOUR);
  });

  it('is nothing before treatment with nothing scheduled', () => {
    expect(nextBadgeChange(EMPTY_TREATMENT, new Date('2026-11-27T10:00:00Z'))).toBeNull();
  });

  it('never lets the badge go stale: at every next change the text is recomputed, hour by hour', () => {
    const r = record('2026-11-27T00:00:00Z');
    let now = new Date('2026-11-27T10:00:00Z');
    const texts: string[] = [];
    for (let i = 0; i < 40; i++) {
      texts.push(badgeFor(phaseAt(r, now), now).text);
      now = nextBadgeChange(r, now)!;
    }
    expect(texts.slice(0, 3)).toEqual(['38h', '37h', '36h']);
    expect(texts).toContain('1h');
    expect(texts.at(-1)).toBe('1/6');
  });
});
