import { render, screen, waitFor } from '@testing-library/preact';
import { clear } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupDetailsOnPage } from '@/tests/support/pages';
import { daysFrom, shiftDay, weekDayKeys } from '@/utils/time/dayKey';
import { dayMark, scoreOver } from '@/utils/habits/score';
import { habitFirstDay } from '@/utils/habits/scoreSummary';
import { historyStore } from '@/utils/shell/history';
import { forgetScoreSummary, refreshScoreSummary } from '@/utils/shell/scoreSummaryStore';
import { habitsItem, settingsItem } from '@/tests/support/stored';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import { readsOf, seedYears, sixHabits } from '@/tests/support/seedHistory';

// Friday 27 November 2026, 10:00: the summary was last brought up to date on Monday.
const now = new Date(2026, 10, 27, 10);
const habits = sixHabits(now);
const thisWeek = weekDayKeys(now, 1);

describe('five years of daily check-ins for six habits', () => {
  let history: Awaited<ReturnType<typeof seedYears>>;
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(now);
    await forgetScoreSummary();
    history = await seedYears(habits, now);
    expect(daysFrom(habitFirstDay(habits[0]!), thisWeek[0]!)).toBeGreaterThan(5 * 365);
    await habitsItem.setValue({ habits, offersDeclined: {} });
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, weekStartsOn: 1 });
    // Years of use kept the summary current: it was last refreshed at the start of this week.
    await refreshScoreSummary(habits, thisWeek[0]!);
  }, 30_000);
  afterEach(async () => {
    vi.useRealTimers();
    await clear(historyStore);
  });

  it("the popup reads this week's 7 days, today's mood, the small summary, and nothing else", async () => {
    const get = vi.spyOn(IDBObjectStore.prototype, 'get');
    // The questionnaires' schedule reads the keys (never the values) of the days that have one.
    const keyScan = vi.spyOn(IDBObjectStore.prototype, 'getAllKeys');
    const scans = ['getAll', 'openCursor', 'openKeyCursor', 'count'] as const;
    const scanSpies = scans.map((name) => vi.spyOn(IDBObjectStore.prototype, name));

    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    const toggle = (await screen.findByRole('checkbox', { name: 'Movement' })) as HTMLInputElement;
    await waitFor(() => expect(document.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).toMatch(/consistency \d+%/));

    const reads = readsOf(get);
    expect(reads.filter((k) => k.startsWith('days/checkins:')).sort()).toEqual(thisWeek.map((d) => `days/checkins:${d}`).sort());
    expect(reads.filter((k) => k.startsWith('days/') && !k.startsWith('days/checkins:'))).toEqual([`days/mood:${thisWeek[4]}`]);
    for (const call of keyScan.mock.calls) expect((call[0] as IDBKeyRange).lower).toBe('scores:');
    expect(reads.filter((k) => !k.startsWith('days/'))).toEqual(['summaries/habit-scores']);
    for (const spy of scanSpies) expect(spy).not.toHaveBeenCalled();
  });

  it('shows for each habit the score a replay of all five years gives', async () => {
    render(<PopupDetailsOnPage now={now} windowOpen={false} />);
    for (const h of habits) {
      const days: Array<[string, ReturnType<typeof dayMark>]> = [];
      // Today has no check-in yet, so it is not counted: through yesterday.
      for (let d = habitFirstDay(h); d < thisWeek[4]!; d = shiftDay(d, 1)) days.push([d, dayMark(h, d, history.get(d))]);
      const expected = Math.round(100 * scoreOver(null, days, h.goal)!.score);
      const toggle = (await screen.findByRole('checkbox', { name: h.name })) as HTMLInputElement;
      await waitFor(() => expect(document.getElementById(toggle.getAttribute('aria-describedby')!)!.textContent).toContain(`consistency ${expected}%`));
    }
  });
});
