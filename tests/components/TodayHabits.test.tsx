import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { clear } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupDetailsOnPage } from '@/tests/support/pages';
import { dayKey, shiftDay, weekDayKeys } from '@/utils/time/dayKey';
import type { Habit } from '@/utils/habits/record';
import { historyStore, readCheckins, writeCheckin } from '@/utils/shell/history';
import { forgetScoreSummary } from '@/utils/shell/scoreSummaryStore';
import { habitsItem, settingsItem } from '@/tests/support/stored';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';

const now = new Date(2026, 10, 25, 14); // Wednesday 25 November 2026
const today = dayKey(now);
const habit = (id: string, name: string, goal: Habit['goal'], extra: Partial<Habit> = {}): Habit => ({
  id,
  preset: null,
  name,
  direction: 'build',
  goal,
  status: 'active',
  createdAt: '2026-09-01T09:00:00.000Z',
  nudges: [],
  ...extra,
});
const light = habit('morning-light', 'Morning light outside', { per: 'day' }, { preset: 'morning-light' });
const movement = habit('movement', 'Movement', { per: 'week', times: 2 }, { preset: 'movement', activity: 'walk' });

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  await clear(historyStore);
  await forgetScoreSummary();
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, weekStartsOn: 1 });
});
afterEach(() => vi.useRealTimers());

const box = (name: string) => screen.findByRole('checkbox', { name }) as Promise<HTMLInputElement>;
const detailOf = (el: HTMLElement) => document.getElementById(el.getAttribute('aria-describedby')!)!.textContent;

describe("the popup's habits", () => {
  it('one tap marks done today and the same tap undoes, in IndexedDB too', async () => {
    await habitsItem.setValue({ habits: [light, movement], offersDeclined: {} });
    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    const toggle = await box('Movement');
    expect(toggle.checked).toBe(false);
    expect(detailOf(toggle)).toMatch(/^Walk · 0 of 2 this week/);

    fireEvent.click(toggle);
    await waitFor(async () => expect(await readCheckins([today])).toEqual([{ movement: 'done' }]));
    expect((await box('Movement')).checked).toBe(true);
    expect(detailOf(await box('Movement'))).toMatch(/1 of 2 this week/);

    fireEvent.click(await box('Movement'));
    await waitFor(async () => expect(await readCheckins([today])).toEqual([{}]));
    expect((await box('Movement')).checked).toBe(false);
    expect(detailOf(await box('Movement'))).toMatch(/0 of 2 this week/);
  });

  it('shows the tick and the count again when the popup is opened anew', async () => {
    await habitsItem.setValue({ habits: [light, movement], offersDeclined: {} });
    await writeCheckin(shiftDay(today, -1), 'movement', 'done');
    const first = render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    fireEvent.click(await box('Morning light outside'));
    fireEvent.click(await box('Movement'));
    await waitFor(async () => expect(await readCheckins([today])).toEqual([{ 'morning-light': 'done', movement: 'done' }]));
    first.unmount();

    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    expect((await box('Morning light outside')).checked).toBe(true);
    expect(detailOf(await box('Movement'))).toMatch(/2 of 2 this week/);
    expect(detailOf(await box('Morning light outside'))).toMatch(/1 of 7 this week/);
  });

  it('lists only active habits, and says when a day was skipped', async () => {
    await habitsItem.setValue({
      habits: [light, { ...movement, status: 'paused' }, habit('custom-x', 'Old habit', { per: 'day' }, { status: 'archived' })],
      offersDeclined: {},
    });
    await writeCheckin(today, 'morning-light', 'skip');
    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    const toggle = await box('Morning light outside');
    expect(toggle.checked).toBe(false);
    expect(detailOf(toggle)).toMatch(/skipped today · 0 of 6 this week/);
    expect(screen.queryByRole('checkbox', { name: 'Movement' })).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Old habit' })).toBeNull();
  });

  it('leaves the window\'s note to the phase card: the habits do not say it again (issue 14)', async () => {
    await habitsItem.setValue({ habits: [light], offersDeclined: {} });
    render(<PopupDetailsOnPage now={now} windowOpen={true} />);
    await box('Morning light outside');
    expect(screen.queryByText(/Your window is open: a good time to begin a habit/)).toBeNull();
  });

  it('shows the consistency score, explained in one sentence, once the summary is built', async () => {
    await habitsItem.setValue({ habits: [light], offersDeclined: {} });
    for (let i = 1; i <= 13; i++) await writeCheckin(shiftDay(weekDayKeys(now, 1)[0]!, -i), 'morning-light', 'done');
    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    // 13 done days in a row before this week, then Monday and Tuesday open: 0.5·m².
    const m = 0.5 ** (1 / 13);
    const expected = Math.round(100 * 0.5 * m ** 2);
    await waitFor(async () => expect(detailOf(await box('Morning light outside'))).toContain(`consistency ${expected}%`));
    expect(screen.getByText('Consistency builds up as you keep to your goal and fades slowly when you fall short, so a missed day or week only dips it and never resets it.')).toBeTruthy();
  });

  it('offers one more a week after two weeks met, and remembers "not now" for the week', async () => {
    await habitsItem.setValue({ habits: [movement], offersDeclined: {} });
    const monday = weekDayKeys(now, 1)[0]!;
    for (const back of [3, 5, 10, 12]) await writeCheckin(shiftDay(monday, -back), 'movement', 'done');
    const first = render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Not now' }));
    await waitFor(async () => expect((await habitsItem.getValue()).offersDeclined).toEqual({ movement: monday }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Not now' })).toBeNull());
    first.unmount();

    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    await waitFor(async () => expect(detailOf(await box('Movement'))).toMatch(/consistency/));
    expect(screen.queryByRole('button', { name: 'Yes, 3 a week' })).toBeNull();
  });

  it('raises the goal only when the patient says yes', async () => {
    await habitsItem.setValue({ habits: [movement], offersDeclined: {} });
    const monday = weekDayKeys(now, 1)[0]!;
    for (const back of [3, 5, 10, 12]) await writeCheckin(shiftDay(monday, -back), 'movement', 'done');
    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    expect(await screen.findByText('Movement: 2 a week, two weeks running. Try 3 a week?')).toBeTruthy();
    expect((await habitsItem.getValue()).habits[0]!.goal).toEqual({ per: 'week', times: 2 });
    fireEvent.click(screen.getByRole('button', { name: 'Yes, 3 a week' }));
    await waitFor(async () => expect((await habitsItem.getValue()).habits[0]).toMatchObject({ goal: { per: 'week', times: 3 }, goalSince: today }));
    await waitFor(async () => expect(detailOf(await box('Movement'))).toMatch(/0 of 3 this week/));
    expect(screen.queryByRole('button', { name: 'Yes, 4 a week' })).toBeNull();
  });
});
