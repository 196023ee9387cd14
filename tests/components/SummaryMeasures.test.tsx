import { render, screen } from '@testing-library/preact';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { SummaryApp } from '@/entrypoints/summary/App';
import { treatmentItem } from '@/tests/support/stored';
import { addScore, historyStore, writeMood } from '@/utils/shell/history';
import { dayKey, shiftDay } from '@/utils/time/dayKey';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

beforeEach(async () => {
  await clear(historyStore);
});

describe('the printable summary', () => {
  it('holds the mood chart and the score table, and the crisis link off paper', async () => {
    const today = dayKey(new Date());
    const day = (back: number) => shiftDay(today, -back);
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [{ at: new Date(Date.now() - 20 * 86_400_000).toISOString(), kind: 'infusion' }] });
    await writeMood(day(1), { mood: 2, at: new Date().toISOString() });
    await writeMood(day(2), { mood: 4, at: new Date().toISOString() });
    await addScore(day(20), { measure: 'phq9', at: new Date(Date.now() - 20 * 86_400_000).toISOString(), answers: [2, 2, 2, 2, 2, 2, 2, 2, 0] });
    await addScore(day(3), { measure: 'phq9', at: new Date(Date.now() - 3 * 86_400_000).toISOString(), answers: [1, 1, 1, 1, 0, 0, 0, 0, 0] });
    render(<SummaryApp />);
    expect((await screen.findByTestId('mood-chart')).getAttribute('role')).toBe('img');
    expect(screen.getByText('PHQ-9 went from 16 to 4 since your first score: 75% lower.')).toBeTruthy();
    const table = screen.getByRole('table', { name: 'PHQ-9 over time' });
    expect(table.textContent).toContain('Moderately severe');
    expect(table.textContent).toContain('-12 ◯');
    expect(screen.getByText('In crisis?')).toBeTruthy();
  });
});
