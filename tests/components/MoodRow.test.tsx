import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { clear } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupDetailsOnPage } from '@/tests/support/pages';
import { measuresItem, treatmentItem } from '@/tests/support/stored';
import { DEFAULT_MEASURE_SETTINGS } from '@/utils/measures/settings';
import { addScore, historyStore, readMood, writeMood } from '@/utils/shell/history';
import { forgetScoreSummary } from '@/utils/shell/scoreSummaryStore';
import { dayKey } from '@/utils/time/dayKey';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

const now = new Date(2026, 10, 25, 14); // Wednesday 25 November 2026, 14:00
const today = dayKey(now);


beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  await clear(historyStore);
  await forgetScoreSummary();
});
afterEach(() => vi.useRealTimers());

const group = () => screen.findByRole('radiogroup', { name: 'Mood today' });
const option = async (name: string) => within(await group()).getByRole('radio', { name }) as HTMLInputElement;

describe("the popup's mood row", () => {
  it('offers five choices in a group named "Mood today"', async () => {
    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    const radios = within(await group()).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')!.textContent)).toEqual(['Very low', 'Low', 'Okay', 'Good', 'Very good']);
    expect(screen.getByRole('heading', { name: 'How are you today?' })).toBeTruthy();
  });

  it('saves with one tap, changes with another, and clears', async () => {
    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    fireEvent.click(await option('Good'));
    await waitFor(async () => expect(await readMood([today])).toMatchObject([{ mood: 4 }]));
    await waitFor(async () => expect((await option('Good')).checked).toBe(true));

    fireEvent.click(await option('Low'));
    await waitFor(async () => expect(await readMood([today])).toMatchObject([{ mood: 2 }]));
    await waitFor(async () => expect((await option('Low')).checked).toBe(true));
    expect((await option('Good')).checked).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Clear today’s mood' }));
    await waitFor(async () => expect(await readMood([today])).toEqual([undefined]));
    expect(within(await group()).getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
  });

  it('shows the stored mood when opened anew', async () => {
    await writeMood(today, { mood: 5, note: 'Sunny walk', at: now.toISOString() });
    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    expect((await option('Very good')).checked).toBe(true);
    expect((screen.getByRole('textbox') as HTMLTextAreaElement).value).toBe('Sunny walk');
  });

  it('saves a note with the mood, and refuses one over 1,000 characters without cutting it', async () => {
    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    fireEvent.click(await option('Okay'));
    await waitFor(async () => expect(await readMood([today])).toMatchObject([{ mood: 3 }]));
    const note = screen.getByRole('textbox') as HTMLTextAreaElement;

    fireEvent.input(note, { target: { value: 'x'.repeat(1004) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    expect(await screen.findByText(/Your note is 1004 characters long; the limit is 1000\. Shorten it by 4/)).toBeTruthy();
    expect(note.value).toHaveLength(1004);
    expect(note.getAttribute('aria-invalid')).toBe('true');
    expect((await readMood([today]))[0]).not.toHaveProperty('note');

    fireEvent.input(note, { target: { value: 'Calmer after the walk.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save note' }));
    await waitFor(async () => expect(await readMood([today])).toMatchObject([{ mood: 3, note: 'Calmer after the walk.' }]));
  });

  it('prompts an intention on an infusion day, integration in the window, and nothing when switched off', async () => {
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [{ at: new Date(2026, 10, 25, 9).toISOString(), kind: 'infusion' }] });
    const { unmount } = render(<PopupDetailsOnPage now={now} windowOpen={true} />);
    expect(await screen.findByLabelText('Infusion day: what is your intention for this infusion?')).toBeTruthy();
    unmount();

    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [{ at: new Date(2026, 10, 24, 9).toISOString(), kind: 'infusion' }] });
    const second = render(<PopupDetailsOnPage now={now} windowOpen={true} />);
    expect(await screen.findByLabelText('The window is open: what came up, and what would you like to carry forward?')).toBeTruthy();
    second.unmount();

    await measuresItem.setValue({ ...DEFAULT_MEASURE_SETTINGS, moodPrompts: false });
    render(<PopupDetailsOnPage now={now} windowOpen={true} />);
    expect(await screen.findByLabelText('A note for today (optional)')).toBeTruthy();
  });

  it('shows a damaged stored mood as none, not as a number', async () => {
    await writeMood(today, { mood: 9, at: 'soon' } as never);
    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    expect(within(await group()).getAllByRole('radio').some((r) => (r as HTMLInputElement).checked)).toBe(false);
  });

  it('says when the questionnaires are due', async () => {
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [{ at: new Date(2026, 10, 20, 9).toISOString(), kind: 'infusion' }] });
    const first = render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    expect(await screen.findByText('Your first PHQ-9 and GAD-7 are due today: they become your baseline.')).toBeTruthy();
    first.unmount();

    for (const measure of ['phq9', 'gad7'] as const) {
      await addScore('2026-11-20', { measure, at: new Date(2026, 10, 20, 8).toISOString(), answers: Array(measure === 'phq9' ? 9 : 7).fill(1) });
    }
    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    expect(await screen.findByText(/^Next PHQ-9 and GAD-7: /)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Answer the questionnaires' }).getAttribute('href')).toBe('/measures.html');
    expect(screen.getByRole('link', { name: 'Your history' }).getAttribute('href')).toBe('/history.html');
  });
});
