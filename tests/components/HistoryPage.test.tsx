import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { clear, setMany } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HistoryApp } from '@/entrypoints/history/App';
import { habitsItem, treatmentItem } from '@/tests/support/stored';
import { readsOf, seedYears, sixHabits } from '@/tests/support/seedHistory';
import type { ScoreEntry } from '@/utils/history/records';
import { addScore, historyStore, writeMood } from '@/utils/shell/history';
import { dayKey, shiftDay } from '@/utils/time/dayKey';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

const now = new Date(2026, 10, 27, 10); // Friday 27 November 2026
const today = dayKey(now);
const answers = (measure: 'phq9' | 'gad7', total: number) => {
  const n = measure === 'phq9' ? 9 : 7;
  const list = Array(n).fill(0) as ScoreEntry['answers'];
  for (let i = 0; i < total; i++) list[i % (n - 1)] = (list[i % (n - 1)]! + 1) as 0 | 1 | 2 | 3;
  return list;
};

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  await clear(historyStore);
});
afterEach(() => vi.useRealTimers());

describe('the history page', () => {
  it('marks each infusion entered, shades the windows, and gives every chart a summary and a table', async () => {
    const infusionDays = ['2026-11-02', '2026-11-05', '2026-11-09'];
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: infusionDays.map((d) => ({ at: `${d}T09:00:00.000Z`, kind: 'infusion' })) });
    for (let i = 0; i < 20; i++) await writeMood(shiftDay(today, -i), { mood: ((i % 5) + 1) as 1, at: now.toISOString() });
    await addScore('2026-11-02', { measure: 'phq9', at: '2026-11-02T08:00:00.000Z', answers: answers('phq9', 18) });
    await addScore('2026-11-23', { measure: 'phq9', at: '2026-11-23T08:00:00.000Z', answers: answers('phq9', 8) });
    render(<HistoryApp />);

    const chart = await screen.findByTestId('mood-chart');
    expect(chart.getAttribute('role')).toBe('img');
    const marks = within(chart as unknown as HTMLElement).getAllByTestId('infusion-mark').map((m) => m.getAttribute('data-day'));
    expect(marks).toEqual(infusionDays);
    expect(screen.getByText('PHQ-9 went from 18 to 8 since your first score: 56% lower.')).toBeTruthy();
    expect(screen.getByTestId('phq9-chart').getAttribute('role')).toBe('img');
    expect(screen.getAllByTestId('change-mark')).toHaveLength(1);
    expect(screen.getAllByRole('table').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByText('In crisis?')).toBeTruthy();
  });

  it('sets a damaged score aside: counted in a sentence, never drawn as a number', async () => {
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [{ at: '2026-11-02T09:00:00.000Z', kind: 'infusion' }] });
    await addScore('2026-11-20', { measure: 'phq9', at: '2026-11-20T08:00:00.000Z', answers: [3, 3, 3] } as ScoreEntry);
    render(<HistoryApp />);
    expect(await screen.findByText('1 saved score could not be read. It is set aside, not shown, and kept in your backup.')).toBeTruthy();
    expect(screen.getByText('No PHQ-9 scores in this range.')).toBeTruthy();
  });

  it('switches ranges', async () => {
    render(<HistoryApp />);
    await screen.findByTestId('mood-chart');
    fireEvent.click(screen.getByRole('radio', { name: '4 weeks' }));
    await waitFor(() => expect(screen.getByText(/No mood recorded in this range/)).toBeTruthy());
  });
});

describe('the history page with five years of data', () => {
  beforeEach(async () => {
    const habits = sixHabits(now);
    await seedYears(habits, now);
    await habitsItem.setValue({ habits, offersDeclined: {} });
    const entries: Array<[string, unknown]> = [];
    for (let i = 1; i < 5 * 366; i++) {
      const day = shiftDay(today, -i);
      entries.push([`mood:${day}`, { mood: (i % 5) + 1, at: now.toISOString() }]);
      if (i % 7 === 0) entries.push([`scores:${day}`, [{ measure: 'phq9', at: `${day}T08:00:00.000Z`, answers: answers('phq9', i % 20) }]]);
    }
    await setMany(entries, historyStore);
  }, 30_000);

  it('reads only the days of the range it shows (4 weeks), and only the keys of the questionnaire days', async () => {
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    const getAllKeys = vi.spyOn(IDBObjectStore.prototype, 'getAllKeys');
    const valueScans = ['getAll', 'openCursor'] as const;
    const scanSpies = valueScans.map((name) => vi.spyOn(IDBObjectStore.prototype, name));

    render(<HistoryApp />);
    await screen.findByTestId('mood-chart');
    get.mockClear();
    getAllKeys.mockClear();
    fireEvent.click(screen.getByRole('radio', { name: '4 weeks' }));
    await waitFor(() => expect(screen.getByTestId('mood-chart').querySelectorAll('circle').length).toBe(27));

    const reads = readsOf(get);
    const shown = new Set(Array.from({ length: 28 }, (_, i) => shiftDay(today, -i)));
    const dayOf = (key: string) => key.split(':')[1]!;
    const mood = reads.filter((k) => k.startsWith('days/mood:'));
    const checkins = reads.filter((k) => k.startsWith('days/checkins:'));
    const scores = reads.filter((k) => k.startsWith('days/scores:'));
    expect(new Set(mood.map(dayOf))).toEqual(shown);
    expect(new Set(checkins.map(dayOf))).toEqual(shown);
    // The questionnaire days inside the range, and the first days ever (the baseline).
    expect(scores.filter((k) => !shown.has(dayOf(k))).length).toBeLessThanOrEqual(4);
    expect(reads.length).toBeLessThanOrEqual(28 * 2 + 4 + 4);
    for (const spy of scanSpies) expect(spy).not.toHaveBeenCalled();
  }, 30_000);
});
