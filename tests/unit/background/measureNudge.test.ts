import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMeasureAlarm, scheduleMeasureNudge } from '@/entrypoints/background/measureNudge';
import { measuresItem, settingsItem, treatmentItem } from '@/tests/support/stored';
import { MEASURES_ALARM, measureNudgeAt } from '@/utils/measures/nudge';
import { DEFAULT_MEASURE_SETTINGS } from '@/utils/measures/settings';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import { addScore, historyStore } from '@/utils/shell/history';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

const at = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h);
const infusion = (date: Date) => ({ at: date.toISOString(), kind: 'infusion' as const });
const both = async (date: Date) => {
  for (const measure of ['phq9', 'gad7'] as const) {
    const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    await addScore(day, { measure, at: date.toISOString(), answers: Array(measure === 'phq9' ? 9 : 7).fill(1) });
  }
};

beforeEach(async () => {
  await clear(historyStore);
  vi.spyOn(fakeBrowser.notifications, 'create');
});

describe('the questionnaire reminder (off by default)', () => {
  it('is never set unless the patient turns it on', async () => {
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [infusion(at(2026, 11, 2, 9))] });
    await scheduleMeasureNudge(at(2026, 11, 1, 12));
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(measureNudgeAt({ status: 'due', dueOn: '2026-11-09', everyDays: 7 }, DEFAULT_MEASURE_SETTINGS, at(2026, 11, 1))).toBeNull();
  });

  it('comes at 10:00 on the due day, and only while still due', async () => {
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [infusion(at(2026, 11, 2, 9)), infusion(at(2026, 11, 5, 9))] });
    await measuresItem.setValue({ ...DEFAULT_MEASURE_SETTINGS, nudge: true });
    await both(at(2026, 11, 2, 8));
    await scheduleMeasureNudge(at(2026, 11, 6, 12));
    const [alarm] = await fakeBrowser.alarms.getAll();
    expect(alarm).toMatchObject({ name: MEASURES_ALARM, scheduledTime: at(2026, 11, 9, 10).getTime() });

    await onMeasureAlarm(at(2026, 11, 9, 10));
    expect(fakeBrowser.notifications.create).toHaveBeenCalledWith(
      MEASURES_ALARM,
      expect.objectContaining({ title: 'Afterglow: questionnaires due', message: 'Your PHQ-9 and GAD-7 are due today.' }),
    );
  });

  it('stays quiet when they were answered before it fired, and while nudges are paused', async () => {
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [infusion(at(2026, 11, 2, 9))] });
    await measuresItem.setValue({ ...DEFAULT_MEASURE_SETTINGS, nudge: true });
    await both(at(2026, 11, 2, 8));
    await both(at(2026, 11, 9, 8));
    await onMeasureAlarm(at(2026, 11, 9, 10));
    expect(fakeBrowser.notifications.create).not.toHaveBeenCalled();
    // And the next one is set, a week on.
    expect((await fakeBrowser.alarms.getAll())[0]).toMatchObject({ scheduledTime: at(2026, 11, 16, 10).getTime() });

    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pausedUntil: at(2026, 11, 20).toISOString() });
    await onMeasureAlarm(at(2026, 11, 16, 10));
    expect(fakeBrowser.notifications.create).not.toHaveBeenCalled();
  });
});
