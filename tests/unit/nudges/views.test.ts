import { describe, expect, it } from 'vitest';
import { formatClock } from '@/utils/time/format';
import { habitRulesView, nudgePreview, nudgeStatusView, quietConflict, weekdayOptions } from '@/utils/nudges/views';
import { local, preset, scene } from './fixtures';

const clock = (wallClock: string) => formatClock(new Date(local(wallClock)));

describe('the popup nudge line', () => {
  it('names the next nudge and when', () => {
    const view = nudgeStatusView(scene({ habits: [preset('morning-light')], now: '2026-11-23T07:00' }), new Date(local('2026-11-23T07:00')));
    expect(view).toEqual({ line: `Next nudge: Morning light outside, today ${clock('2026-11-23T08:00')}`, paused: false });
  });

  it('says until when nudges are paused', () => {
    const until = new Date(local('2026-11-23T15:30')).toISOString();
    const view = nudgeStatusView(scene({ habits: [preset('morning-light')], settings: { pausedUntil: until }, now: '2026-11-23T14:00' }), new Date(local('2026-11-23T14:00')));
    expect(view).toEqual({ line: `Nudges paused until today ${clock('2026-11-23T15:30')}.`, paused: true });
  });

  it('is absent without any nudge rule, and says when none is ahead', () => {
    expect(nudgeStatusView(scene({ habits: [preset('movement')], now: '2026-11-23T07:00' }), new Date(local('2026-11-23T07:00')))).toBeNull();
    const quietOnly = preset('morning-light', { nudges: [{ kind: 'clock', time: '23:00', weekdays: [1] }] });
    expect(nudgeStatusView(scene({ habits: [quietOnly], now: '2026-11-23T07:00' }), new Date(local('2026-11-23T07:00')))?.line).toBe(
      'No nudges in the next few days.',
    );
  });
});

describe('the options preview', () => {
  it("lists the rest of today's nudges and tomorrow's, with why one will not come", () => {
    const ctx = scene({ habits: [preset('morning-light'), preset('evening-light')], infusions: ['2026-11-23T09:00'], now: '2026-11-23T12:00' });
    const preview = nudgePreview(ctx, new Date(local('2026-11-23T12:00')));
    expect(preview.today.map((r) => [r.time, r.name, r.note])).toEqual([[clock('2026-11-23T18:30'), 'Evening light outside', 'rest day after a treatment']]);
    expect(preview.tomorrow.map((r) => [r.time, r.name, r.note])).toEqual([
      [clock('2026-11-24T08:00'), 'Morning light outside', null],
      [clock('2026-11-24T18:30'), 'Evening light outside', null],
    ]);
  });
});

describe('the rules form view', () => {
  it('numbers the nudges of a habit that has several, and leaves archived habits out', () => {
    const two = preset('morning-light', {
      nudges: [
        { kind: 'clock', time: '08:00', weekdays: [1] },
        { kind: 'clock', time: '09:00', weekdays: [1] },
      ],
    });
    const view = habitRulesView([two, preset('evening-light', { status: 'archived' }), preset('movement-breaks', { nudges: [] })]);
    expect(view.map((h) => [h.habitId, h.rules.map((r) => r.label), h.canAddBreaks])).toEqual([
      ['morning-light', ['Morning light outside 1', 'Morning light outside 2'], false],
      ['movement-breaks', [], true],
    ]);
  });

  it('orders the weekdays from the start of the week', () => {
    expect(weekdayOptions(1).map((d) => d.value)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekdayOptions(0).map((d) => d.value)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(new Set(weekdayOptions(6).map((d) => d.label)).size).toBe(7);
  });
});

describe('quietConflict: said at the nudge time (issue 16)', () => {
  const settings = { quietHours: { start: '21:30', end: '07:30' }, bedtime: '22:30' } as const;
  it.each([
    [{ kind: 'clock', time: '23:00', weekdays: [1] }, true],
    [{ kind: 'clock', time: '06:00', weekdays: [1] }, true],
    [{ kind: 'clock', time: '08:00', weekdays: [1] }, false],
    // Due exactly as quiet hours start: it still comes, as the scheduler has it.
    [{ kind: 'clock', time: '21:30', weekdays: [1] }, false],
    [{ kind: 'in-window', time: '22:00' }, true],
    [{ kind: 'before-bedtime', minutesBefore: 60, weekdays: [1] }, false],
    [{ kind: 'before-bedtime', minutesBefore: 30, weekdays: [1] }, true],
    [{ kind: 'interval', everyMinutes: 60 }, false],
  ] as const)('%j inside quiet hours 21:30–07:30: %s', (rule, inside) => {
    expect(quietConflict(rule as never, settings) !== null).toBe(inside);
  });
});
