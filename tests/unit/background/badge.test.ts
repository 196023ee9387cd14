import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_ALARM, refreshBadge } from '@/entrypoints/background/badgeUpdater';
import { recoveryItem, treatmentItem } from '@/tests/support/stored';
import { loadSnapshot } from '@/utils/shell/snapshot';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

const tenHoursAgo = (now: Date) => new Date(now.getTime() - 10 * 3_600_000).toISOString();

describe('the badge in the browser', () => {
  it('shows 38h ten hours after an infusion, and sets one alarm for the next hour change', async () => {
    // Local noon: the next hour change comes before the midnight refresh of the day count.
    const now = new Date();
    now.setHours(12, 0, 0, 0);
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [{ at: tenHoursAgo(now), kind: 'infusion' }] });
    await refreshBadge(now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('38h');
    expect(await fakeBrowser.action.getTitle({})).toBe('Window open: 38 hours left · infusion 1 of 6');
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name)).toEqual([BADGE_ALARM]);
    expect(alarms[0]!.scheduledTime).toBe(now.getTime() + 3_600_000);
  });

  it('clears the text and the alarm when nothing is ahead', async () => {
    await fakeBrowser.alarms.create(BADGE_ALARM, { when: Date.now() + 60_000 });
    await refreshBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});

describe('reading the stored record', () => {
  it('moves an unreadable infusion to the recovery key and keeps the rest', async () => {
    const good = { at: '2026-11-20T09:00:00.000Z', kind: 'infusion' as const };
    await fakeBrowser.storage.local.set({
      treatment: { infusions: [good, { at: 'soon', kind: 'infusion' }], sessions: [], protocol: EMPTY_TREATMENT.protocol },
    });
    const record = (await loadSnapshot()).treatment;
    expect(record.infusions).toEqual([good]);
    const recovered = await recoveryItem.getValue();
    expect(recovered).toMatchObject([{ path: 'treatment.infusions[1]', value: { at: 'soon' } }]);
    // Written back clean, so the next read sets nothing aside twice.
    await loadSnapshot();
    expect(await recoveryItem.getValue()).toHaveLength(1);
  });
});
