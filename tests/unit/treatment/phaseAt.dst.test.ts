import { describe, expect, it } from 'vitest';
import { phaseAt } from '@/utils/treatment/phaseAt';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

// Run under TZ=America/Los_Angeles and TZ=Europe/Berlin (see package.json test:unit):
// the window is 48 real hours, so across a DST change the wall clock moves by 47 or 49.
const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
const r = (iso: string) => ({ ...EMPTY_TREATMENT, infusions: [{ at: new Date(iso).toISOString(), kind: 'infusion' as const }] });

describe(`the window across DST (${tz})`, () => {
  it('runs in a time zone with DST', () => {
    expect(['America/Los_Angeles', 'Europe/Berlin']).toContain(tz);
  });

  it('counts hours left in real hours across the autumn change (LA 1 Nov 2026, Berlin 25 Oct 2026)', () => {
    const infusion = tz === 'Europe/Berlin' ? '2026-10-24T12:00:00' : '2026-10-31T12:00:00';
    const state = phaseAt(r(infusion), new Date(new Date(infusion).getTime() + 10 * 3_600_000));
    expect(state.window?.hoursLeft).toBe(38);
    // 48 real hours after noon is 11:00 wall-clock two days later, the clock having gone back.
    const end = state.window!.end;
    expect(end.getHours()).toBe(11);
  });

  it('counts hours left in real hours across the spring change (LA 8 Mar 2026, Berlin 29 Mar 2026)', () => {
    const infusion = tz === 'Europe/Berlin' ? '2026-03-28T12:00:00' : '2026-03-07T12:00:00';
    const state = phaseAt(r(infusion), new Date(infusion));
    expect(state.window?.hoursLeft).toBe(48);
    expect(state.window!.end.getHours()).toBe(13);
  });

  it('ends the rest day at 06:00 local on the morning the clocks change', () => {
    const infusion = tz === 'Europe/Berlin' ? '2026-03-28T15:00:00' : '2026-03-07T15:00:00';
    const state = phaseAt(r(infusion), new Date(infusion));
    expect(state.restUntil?.getHours()).toBe(6);
    expect(state.restUntil?.getDate()).toBe(new Date(infusion).getDate() + 1);
  });
});
