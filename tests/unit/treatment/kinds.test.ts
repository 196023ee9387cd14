import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/utils/treatment/badge';
import { phaseAt } from '@/utils/treatment/phaseAt';
import { phaseSentence, phaseView } from '@/utils/treatment/phaseView';
import type { TreatmentKind, TreatmentRecord } from '@/utils/treatment/record';
import { KIND_PRESETS as PRESETS } from '@/utils/treatment/presets';
import { salvageTreatment } from '@/utils/treatment/schema';

// Day 0 is a Monday. Local times, so the calendar weeks hold in every time zone the suite runs in.
const day = (n: number, hour = 9) => new Date(2026, 0, 5 + n, hour);
const course = (kind: TreatmentKind, days: number[], extra: Partial<TreatmentRecord> = {}): TreatmentRecord => ({
  infusions: days.map((n) => ({ at: day(n).toISOString(), kind: 'infusion' as const })),
  sessions: [],
  protocol: PRESETS[kind],
  ...extra,
});
const read = (record: TreatmentRecord, now: Date) => {
  const state = phaseAt(record, now);
  const view = phaseView(state, now);
  // The care-team summary's phrase says the series position in the words of the kind; the card's figure too.
  const figure = view.figure && view.figure.before + view.figure.value + view.figure.after;
  return { state, view, badge: badgeFor(state, now), sentence: phaseSentence(state), figure };
};
const dayOf = (date: Date | null) => (date ? Math.round((date.getTime() - day(0, 0).getTime()) / 86_400_000) : null);

// The esketamine label schedule: weeks 1–4 twice a week, weeks 5–8 once a week, then every 2 weeks.
const ESKETAMINE = [0, 3, 7, 10, 14, 17, 21, 24, 28, 35, 42, 49, 63];
// IV and IM: 6 at twice a week. At home: 6 at once a week.
const TWICE_A_WEEK_6 = [0, 3, 7, 10, 14, 17];
const WEEKLY_6 = [0, 7, 14, 21, 28, 35];
const done = (days: number[], before: number) => days.filter((d) => d < before);

describe('esketamine nasal spray: the label schedule in stages', () => {
  it('week 4: session 7 of 8 is induction, twice a week, the badge 7/8', () => {
    const { state, view, badge, sentence, figure } = read(course('esketamine', done(ESKETAMINE, 24)), day(24, 8));
    expect(badge.text).toBe('7/8');
    expect(badge.title).toBe('Session 7 of 8 done · window closed');
    expect(sentence).toBe('Induction: session 7 of 8');
    expect(figure).toBe('7 of 8 treatment sessions done');
    expect(state.stage).toMatchObject({ week: 4, times: 2, everyWeeks: 1 });
    expect(view.lines).toContain('Week 4: twice a week');
  });

  it('week 4 to 5: after the 8th session the series is done and the next stage is once a week', () => {
    const { state, view, badge } = read(course('esketamine', done(ESKETAMINE, 25)), day(27, 12));
    expect(state.phase).toBe('maintenance');
    expect(badge.text).toBe('');
    expect(state.stage).toMatchObject({ week: 4, times: 1, everyWeeks: 1 });
    expect(dayOf(state.nextSuggested)).toBe(31); // a week after day 24
    const week5 = read(course('esketamine', done(ESKETAMINE, 25)), day(29, 12));
    expect(week5.view.lines).toContain('Week 5: once a week');
  });

  it('week 6: once a week, with the next session suggested a week after the last', () => {
    const { state, view } = read(course('esketamine', done(ESKETAMINE, 36)), day(38, 12));
    expect(view.lines).toContain('Week 6: once a week');
    expect(view.lines.some((l) => l.startsWith('Next treatment session suggested around '))).toBe(true);
    expect(dayOf(state.nextSuggested)).toBe(42);
    expect(view.lines.join(' ')).not.toMatch(/infusion/i);
  });

  it('week 8 to 9: after the 4 weekly sessions, once every 2 weeks, open-ended', () => {
    const week8 = read(course('esketamine', done(ESKETAMINE, 49)), day(47, 12));
    expect(week8.view.lines).toContain('Week 7: once a week');
    const after = read(course('esketamine', done(ESKETAMINE, 50)), day(52, 12));
    expect(after.state.stage).toMatchObject({ week: 8, times: 1, everyWeeks: 2 });
    expect(dayOf(after.state.nextSuggested)).toBe(63);
    const week9 = read(course('esketamine', done(ESKETAMINE, 50)), day(57, 12));
    expect(week9.view.lines).toContain('Week 9: once every 2 weeks');
    expect(week9.badge.text).toBe('');
    const week20 = read(course('esketamine', done(ESKETAMINE, 64)), day(140, 12));
    expect(week20.view.lines).toContain('Week 21: once every 2 weeks');
    // With a stage to follow there is no separate booster reminder.
    expect(week20.state.booster).toBeNull();
  });

  it('the window and the badge hours are the same as for an infusion: 48 hours, 38h ten hours after', () => {
    const { badge, view } = read(course('esketamine', done(ESKETAMINE, 8)), day(7, 19));
    expect(badge.text).toBe('38h');
    expect(badge.title).toBe('Window open: 38 hours left · session 3 of 8');
    expect(view.lines[0]).toMatch(/^Rest day: .* Do not drive or use machinery until tomorrow, after a restful sleep\.$/);
    expect(view.guidance).toBe('Treatment day is a rest day. Do not drive or use machinery until the next day, after a restful sleep.');
  });

  it('a missed week: the schedule goes on where it stopped, by sessions, while the week counts on', () => {
    // Week 3 missed: by week 5 only 6 sessions.
    const days = [0, 3, 7, 10, 21, 24];
    const { state, view, badge } = read(course('esketamine', days), day(29, 12));
    expect(badge.text).toBe('6/8');
    expect(state.stage).toMatchObject({ week: 5, times: 2, everyWeeks: 1 });
    expect(view.lines).toContain('Week 5: twice a week');
    expect(dayOf(state.nextSuggested)).toBe(29); // 3–4 days after day 24 is past: today
  });
});

describe('each preset at the stage boundaries (week 4 to 5, week 8 to 9)', () => {
  const table: Array<[TreatmentKind, number[], number, string, string | null]> = [
    // kind, schedule, now (day), badge, the stage line
    ['iv', TWICE_A_WEEK_6, 27, '', null],
    ['iv', TWICE_A_WEEK_6, 29, '', null],
    ['iv', TWICE_A_WEEK_6, 55, '', null],
    ['iv', TWICE_A_WEEK_6, 57, '', null],
    ['im', TWICE_A_WEEK_6, 27, '', null],
    ['im', TWICE_A_WEEK_6, 57, '', null],
    ['home', WEEKLY_6, 27, '4/6', 'Week 4: once a week'],
    ['home', WEEKLY_6, 31, '5/6', 'Week 5: once a week'],
    ['home', WEEKLY_6, 55, '', null],
    ['home', WEEKLY_6, 57, '', null],
    ['esketamine', ESKETAMINE, 27, '', 'Week 4: once a week'],
    ['esketamine', ESKETAMINE, 31, '', 'Week 5: once a week'],
    ['esketamine', ESKETAMINE, 55, '', 'Week 8: once every 2 weeks'],
    ['esketamine', ESKETAMINE, 57, '', 'Week 9: once every 2 weeks'],
  ];
  it.each(table)('%s on day %#: badge and stage', (kind, schedule, now, badge, line) => {
    const { view, badge: shown } = read(course(kind, done(schedule, now)), day(now, 12));
    expect(shown.text).toBe(badge);
    const stageLine = view.lines.find((l) => l.startsWith('Week ')) ?? null;
    expect(stageLine).toBe(line);
  });

  it('the IV preset is the protocol every record had before kinds: a series of 6, then boosters as needed', () => {
    const { state, view, figure } = read(course('iv', TWICE_A_WEEK_6), day(27, 12));
    expect(state.phase).toBe('maintenance');
    expect(state.stage).toBeNull();
    expect(view.lines).toEqual([]);
    expect(figure).toBe('10 days since your last infusion');
    expect(read(course('iv', TWICE_A_WEEK_6.slice(0, 2)), day(5, 12)).sentence).toBe('Induction: infusion 2 of 6');
  });

  it('an intramuscular course speaks of injections', () => {
    const { badge, sentence, figure } = read(course('im', [0, 3]), day(5, 12));
    expect(sentence).toBe('Induction: injection 2 of 6');
    expect(figure).toBe('2 of 6 injections done');
    expect(badge.title).toBe('Injection 2 of 6 done · window closed');
    expect(read(course('im', [0]), day(0, 12)).view.guidance).toBe('Injection day is a rest day. Take it easy, and do not drive until tomorrow.');
  });
});

describe('a change of kind in the middle of a course', () => {
  // Three IV infusions entered as such, then the clinic moves the patient to esketamine.
  const entered = [0, 3, 7].map((n) => ({ at: day(n).toISOString(), kind: 'infusion' as const, treatment: 'iv' as const }));
  const switched: TreatmentRecord = {
    infusions: [...entered, { at: day(14).toISOString(), kind: 'infusion', treatment: 'esketamine' }],
    sessions: [],
    protocol: PRESETS.esketamine,
  };

  it('keeps the history as entered: the earlier entries stay IV infusions, and count on in the course', () => {
    const { state, badge, sentence } = read(switched, day(17, 12));
    expect(state.lastInfusion).toEqual(switched.infusions[3]);
    expect(switched.infusions.slice(0, 3).every((i) => i.treatment === 'iv')).toBe(true);
    expect(badge.text).toBe('4/8');
    expect(sentence).toBe('Induction: session 4 of 8');
  });

  it('the rest day follows the kind of the session it follows', () => {
    const afterIv = read({ ...switched, infusions: entered }, day(7, 12));
    expect(afterIv.view.guidance).toBe('Infusion day is a rest day. Take it easy, and do not drive until tomorrow.');
    const afterSpray = read(switched, day(14, 12));
    expect(afterSpray.view.guidance).toMatch(/after a restful sleep/);
  });

  it('survives the stored round trip unchanged', () => {
    expect(salvageTreatment(JSON.parse(JSON.stringify(switched)))).toEqual({ record: switched, rejected: [] });
  });
});

describe('an old record keeps its meaning', () => {
  it('reads a version 1 record as the IV course it was, with the same phase and badge', () => {
    const v1 = {
      infusions: TWICE_A_WEEK_6.slice(0, 3).map((n) => ({ at: day(n).toISOString(), kind: 'infusion' })),
      sessions: [],
      protocol: { inductionCount: 5, infusionsPerWeek: 3, windowHours: 60, boosterIntervalWeeks: 4, therapySessionCount: 2 },
    };
    const { record, rejected } = salvageTreatment(v1);
    expect(rejected).toEqual([]);
    expect(record.protocol).toEqual({ ...v1.protocol, kind: 'iv', stages: [] });
    const { badge, view, sentence } = read(record, day(10, 12));
    expect(badge.text).toBe('3/5');
    expect(sentence).toBe('Induction: infusion 3 of 5');
    expect(view.lines).toContain('Week 2: 3 times a week');
  });

  it('refuses an open-ended stage that is not the last, keeping the entries', () => {
    const raw = { ...course('esketamine', [0]), protocol: { ...PRESETS.esketamine, stages: [{ weeks: null, times: 1, everyWeeks: 1 }, { weeks: 2, times: 1, everyWeeks: 1 }] } };
    const { record, rejected } = salvageTreatment(raw);
    expect(record.infusions).toHaveLength(1);
    expect(rejected.map((r) => r.path)).toEqual(['treatment.protocol']);
  });
});
