import { describe, expect, it } from 'vitest';
import { catalogue, t } from '@/utils/catalogue';
import type { Answer } from '@/utils/measures/questionnaires';
import { MEASURES } from '@/utils/measures/questionnaires';
import { bandOf, isResponse, needsCrisisHelp, scoreAnswers } from '@/utils/measures/score';

const sheet = (n: number, ...values: Answer[]) => Array.from({ length: n }, (_, i) => values[i] ?? 0) as Answer[];

describe('PHQ-9 bands (Kroenke 2001), at every boundary', () => {
  it.each([
    [0, 'minimal'], [4, 'minimal'],
    [5, 'mild'], [9, 'mild'],
    [10, 'moderate'], [14, 'moderate'],
    [15, 'moderatelySevere'], [19, 'moderatelySevere'],
    [20, 'severe'], [27, 'severe'],
  ])('%i is %s', (total, band) => {
    expect(bandOf('phq9', total).id).toBe(band);
  });

  it('refuses a total outside 0–27', () => {
    expect(() => bandOf('phq9', 28)).toThrow(RangeError);
    expect(() => bandOf('phq9', -1)).toThrow(RangeError);
  });
});

describe('GAD-7 bands (Spitzer 2006), at every boundary', () => {
  it.each([
    [0, 'minimal'], [4, 'minimal'],
    [5, 'mild'], [9, 'mild'],
    [10, 'moderate'], [14, 'moderate'],
    [15, 'severe'], [21, 'severe'],
  ])('%i is %s', (total, band) => {
    expect(bandOf('gad7', total).id).toBe(band);
  });

  it('refuses a total above 21', () => {
    expect(() => bandOf('gad7', 22)).toThrow(RangeError);
  });
});

describe('scoring a sheet', () => {
  it('sums the answers', () => {
    expect(scoreAnswers('phq9', sheet(9, 3, 3, 3, 3, 3, 3, 3, 3, 3))).toMatchObject({ ok: true, total: 27 });
    expect(scoreAnswers('gad7', sheet(7, 1, 2, 0, 1, 0, 1, 0))).toMatchObject({ ok: true, total: 5, band: { id: 'mild' } });
  });

  it('names the first unanswered question and gives no partial score', () => {
    const answers: Array<Answer | null> = sheet(9, 1, 1);
    answers[3] = null;
    answers[6] = null;
    expect(scoreAnswers('phq9', answers)).toEqual({ ok: false, missing: 3 });
    expect(scoreAnswers('gad7', [])).toEqual({ ok: false, missing: 0 });
  });
});

describe('PHQ-9 item 9', () => {
  it('calls for crisis help on any answer above "Not at all", whatever the total', () => {
    for (const answer of [1, 2, 3] as Answer[]) {
      const answers = sheet(9);
      answers[8] = answer;
      expect(needsCrisisHelp('phq9', answers)).toBe(true);
    }
  });

  it('does not on "Not at all", nor when unanswered, nor on the GAD-7', () => {
    expect(needsCrisisHelp('phq9', sheet(9, 3, 3, 3, 3, 3, 3, 3, 3, 0))).toBe(false);
    expect(needsCrisisHelp('phq9', [])).toBe(false);
    expect(needsCrisisHelp('gad7', sheet(7, 3, 3, 3, 3, 3, 3, 3))).toBe(false);
  });
});

describe('response', () => {
  it('is a fall of at least half from baseline', () => {
    expect(isResponse(18, 9)).toBe(true);
    expect(isResponse(18, 10)).toBe(false);
    expect(isResponse(0, 0)).toBe(false);
  });
});

describe('the official wording', () => {
  it('prints the four answers of both forms, the first being "Not at all" (never "Not at all sure")', () => {
    expect([0, 1, 2, 3].map((n) => t(`answer${n}` as 'answer0'))).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    expect(Object.values(catalogue).map((e) => e.message).join('\n')).not.toContain('Not at all sure');
  });

  it('keeps the printed recall period', () => {
    expect(t(MEASURES.phq9.recall)).toBe('Over the last 2 weeks, how often have you been bothered by any of the following problems?');
    expect(t(MEASURES.gad7.recall)).toBe('Over the last 2 weeks, how often have you been bothered by the following problems?');
  });

  it('has 9 and 7 items, item 9 asking about thoughts of being better off dead', () => {
    expect(MEASURES.phq9.items).toHaveLength(9);
    expect(MEASURES.gad7.items).toHaveLength(7);
    expect(t(MEASURES.phq9.items[8]!)).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
  });

  it('carries the attribution line of the forms', () => {
    expect(t('measureAttribution')).toContain(
      'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.',
    );
  });
});
