import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { refreshBadge } from '@/entrypoints/background/badgeUpdater';
import { runNudges } from '@/entrypoints/background/nudges';
import { OptionsApp } from '@/entrypoints/options/App';
import { PopupApp } from '@/entrypoints/popup/App';
import { habitsItem, recoveryItem, settingsItem, treatmentItem } from '@/tests/support/stored';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import { updateRecord } from '@/utils/shell/snapshot';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';
import { morningLight } from '@/tests/support/habitFixtures';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

describe('one snapshot per page', () => {
  it('reads storage once before the phase card, and not again for the rest of the popup', async () => {
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [{ at: hoursAgo(10), kind: 'infusion' }] });
    await habitsItem.setValue({ habits: [morningLight], offersDeclined: {} });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    render(<PopupApp />);
    await screen.findByTestId('phase-card');
    expect(get).toHaveBeenCalledTimes(1);
    // The habits arrive after first paint, from the same read.
    await screen.findByRole('checkbox', { name: 'Morning light outside' });
    expect(get).toHaveBeenCalledTimes(1);
  });
});

describe('values set aside, never lost', () => {
  it('keeps each of three bad records in recovery exactly once when the popup, the options page and the worker open together, and an edit made meanwhile holds', async () => {
    const good = { at: hoursAgo(10), kind: 'infusion' as const };
    // A disk error, an old build or a hand edit leaves three bad values at the same moment.
    await fakeBrowser.storage.local.set({
      treatment: { ...EMPTY_TREATMENT, infusions: [good, { at: 'soon', kind: 'infusion' }] },
      habits: { habits: [morningLight, { id: 'Not An Id' }], offersDeclined: {} },
      settings: { ...DEFAULT_SETTINGS, bedtime: '25:99' },
    });
    // Storage that takes its time, as a real disk does, so the four readers overlap.
    const local = fakeBrowser.storage.local;
    const [get, set] = [local.get.bind(local), local.set.bind(local)];
    const slowly = <A extends unknown[], R>(f: (...args: A) => Promise<R>) => async (...args: A) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return f(...args);
    };
    vi.spyOn(local, 'get').mockImplementation(slowly(get) as typeof local.get);
    vi.spyOn(local, 'set').mockImplementation(slowly(set) as typeof local.set);
    render(<PopupApp />);
    render(<OptionsApp />);
    // Meanwhile the patient logs an infusion: an edit of a record being set right.
    const logged = { at: hoursAgo(1), kind: 'infusion' as const };
    await Promise.all([refreshBadge(), runNudges(), updateRecord('treatment', (r) => ({ ...r, infusions: [...r.infusions, logged] }))]);

    const paths = async () => (await recoveryItem.getValue()).map((entry) => entry.path).sort();
    await waitFor(async () => expect(await paths()).toHaveLength(3));
    await new Promise((resolve) => setTimeout(resolve, 100)); // any late writer has had its turn
    expect(await paths()).toEqual(['habits.habits[1]', 'settings.bedtime', 'treatment.infusions[1]']);
    // The records were written back clean, keeping every good part.
    expect((await treatmentItem.getValue()).infusions).toEqual([good, logged]);
    expect((await habitsItem.getValue()).habits.map((h) => h.id)).toEqual(['morning-light']);
    expect((await settingsItem.getValue()).bedtime).toBe(DEFAULT_SETTINGS.bedtime);
    await waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('47h'));
  });
});
