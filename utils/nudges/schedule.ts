import { clockMinutes, dayAt, insideSpan, MINUTE_MS, onDay } from '@/utils/time/clockTime';
import type { DayKey } from '@/utils/time/dayKey';
import { dayKey } from '@/utils/time/dayKey';
import type { Habit, NudgeRule, PresetId, Weekday } from '@/utils/habits/record';
import { restEndsAfter } from '@/utils/treatment/phaseAt';
import type { Settings } from '@/utils/settings/record';

/**
 * When nudges are due: plain functions of (context, now). The background turns
 * `wantedAlarms` into browser alarms; the popup and the options page show `upcomingNudges`.
 */

const HOUR_MS = 3_600_000;

/** A nudge more than this late (the computer slept) is dropped as missed, never fired in a burst. */
export const LATE_AFTER_MS = 15 * MINUTE_MS;
/** "Snooze 10 min". */
export const SNOOZE_MS = 10 * MINUTE_MS;
/** Alarms kept at once: the soonest ones. A reconcile after each alarm sets the next ones. */
export const MAX_NUDGE_ALARMS = 24;
/** How far ahead a rule's next occurrence is looked for: a weekly goal met, plus a day. */
export const HORIZON_DAYS = 8;

/** Why a due nudge is not shown; `late` and `idle` are known only when it fires. */
export type SkipReason = 'paused' | 'quiet-hours' | 'rest-day' | 'goal-met';
export type DropReason = SkipReason | 'late' | 'idle';

export interface NudgeContext {
  habits: Habit[];
  settings: Settings;
  /** Infusion moments (ms), past and planned. */
  infusions: number[];
  windowHours: number;
  /** Habits whose goal is met now: no more nudges today (daily goal) or this week (weekly). */
  goalMet: ReadonlySet<string>;
  today: DayKey;
  /** The start of next week (ms), for weekly goals. */
  weekEnd: number;
  /** The last return to the computer after an idle or locked spell (ms): a natural break. */
  activeSince: number | null;
  /** Snoozed nudges: rule key ("habitId:ruleIndex") → when it comes again (ms). */
  snoozes: Record<string, number>;
}

export interface NudgeAlarm {
  name: string;
  when: number;
}

export interface UpcomingNudge {
  at: number;
  habit: Habit;
  ruleIndex: number;
  snoozed: boolean;
  skip: SkipReason | null;
}

// Alarm names: "nudge:<habitId>:<ruleIndex>" for a rule's next occurrence, "snooze:…" for a
// snoozed one. Habit ids are [a-z0-9-], so the name parses back without ambiguity.
export const ruleKey = (habitId: string, ruleIndex: number) => `${habitId}:${ruleIndex}`;
export const nudgeAlarmName = (habitId: string, ruleIndex: number, snoozed = false) =>
  `${snoozed ? 'snooze' : 'nudge'}:${ruleKey(habitId, ruleIndex)}`;

export function parseNudgeAlarm(name: string): { habitId: string; ruleIndex: number; snoozed: boolean } | null {
  const m = /^(nudge|snooze):([a-z0-9-]{1,64}):(\d)$/.exec(name);
  return m ? { habitId: m[2]!, ruleIndex: Number(m[3]), snoozed: m[1] === 'snooze' } : null;
}

/** One occurrence of an alarm, e.g. "nudge:morning-light:0@1764230400000": what is shown at most once. */
export const occurrenceId = (name: string, when: number) => `${name}@${when}`;

/** A shown nudge's notification id: its occurrence and the idea it showed ("…@1764230400000/5"). */
export const notificationId = (name: string, when: number, idea: number) => `${occurrenceId(name, when)}/${idea}`;

export function parseNotificationId(id: string): { name: string; when: number; idea: number } | null {
  const m = /^(.+)@(\d+)\/(\d+)$/.exec(id);
  return m && parseNudgeAlarm(m[1]!) ? { name: m[1]!, when: Number(m[2]), idea: Number(m[3]) } : null;
}

/** The habits whose nudges stop on the rest day: movement, and anything that sends people outside. */
const MOVEMENT_OR_OUTDOOR: readonly PresetId[] = ['morning-light', 'evening-light', 'movement', 'movement-breaks'];
export const isMovementOrOutdoor = (habit: Habit) =>
  (habit.preset !== null && MOVEMENT_OR_OUTDOOR.includes(habit.preset)) || habit.activity !== undefined;

// The reasons, one predicate each, shared by the schedule and the moment of firing.
const paused = (ctx: NudgeContext, at: number) =>
  ctx.settings.pausedUntil !== null && at < Date.parse(ctx.settings.pausedUntil);
const quiet = (ctx: NudgeContext, at: number) => insideSpan(new Date(at), ctx.settings.quietHours);
const resting = (habit: Habit, ctx: NudgeContext, at: number) =>
  isMovementOrOutdoor(habit) && ctx.infusions.some((i) => i <= at && at < restEndsAfter(new Date(i)).getTime());
/** A met goal silences clock nudges; movement-break reminders keep coming (utils/habits/record.ts). */
const goalMet = (habit: Habit, rule: NudgeRule, ctx: NudgeContext, at: number) =>
  rule.kind !== 'interval' &&
  ctx.goalMet.has(habit.id) &&
  (habit.goal.per === 'day' ? dayKey(new Date(at)) === ctx.today : at < ctx.weekEnd);

/** Why a nudge due at `at` would not come, as far as can be known ahead; null if it would. */
export function skipReason(habit: Habit, rule: NudgeRule, at: number, ctx: NudgeContext): SkipReason | null {
  if (paused(ctx, at)) return 'paused';
  if (quiet(ctx, at)) return 'quiet-hours';
  if (resting(habit, ctx, at)) return 'rest-day';
  if (goalMet(habit, rule, ctx, at)) return 'goal-met';
  return null;
}

/**
 * Whether a nudge whose alarm fired now is shown, or why not. Pause, rest day and goal are
 * judged now (the patient may have just paused or checked in); quiet hours by the time it was
 * due, so a wind-down due exactly as they begin still comes a few seconds later.
 */
export function fireVerdict(
  habit: Habit,
  rule: NudgeRule,
  dueAt: number,
  now: number,
  ctx: NudgeContext,
  idle: 'active' | 'idle' | 'locked',
): DropReason | null {
  if (now - dueAt > LATE_AFTER_MS) return 'late';
  if (paused(ctx, now)) return 'paused';
  if (quiet(ctx, dueAt)) return 'quiet-hours';
  if (resting(habit, ctx, now)) return 'rest-day';
  if (goalMet(habit, rule, ctx, now)) return 'goal-met';
  // Time away is a natural break; a nudge to a locked screen helps nobody.
  if (idle !== 'active') return 'idle';
  return null;
}

/** The moments a rule is due on one calendar day (midnight `day`), ignoring every reason to skip. */
function dueOnDay(rule: NudgeRule, day: Date, ctx: NudgeContext): number[] {
  const weekday = day.getDay() as Weekday;
  switch (rule.kind) {
    case 'clock':
      return rule.weekdays.includes(weekday) ? [onDay(day, rule.time).getTime()] : [];
    case 'before-bedtime': {
      if (!rule.weekdays.includes(weekday)) return [];
      // The night that starts on `day`: a bedtime before noon (00:30) is after midnight.
      const { bedtime } = ctx.settings;
      const bed = onDay(clockMinutes(bedtime) < 12 * 60 ? dayAt(day, 1) : day, bedtime);
      return [bed.getTime() - rule.minutesBefore * MINUTE_MS];
    }
    case 'interval': {
      const work = ctx.settings.workingHours;
      if (!work.days.includes(weekday)) return [];
      const start = onDay(day, work.start).getTime();
      const end = onDay(day, work.end).getTime();
      // Back from time away: that was a break, so the count starts again from there.
      const anchor = ctx.activeSince !== null && ctx.activeSince > start && ctx.activeSince < end ? ctx.activeSince : start;
      const every = rule.everyMinutes * MINUTE_MS;
      const times: number[] = [];
      for (let at = anchor + every; at < end; at += every) times.push(at);
      return times;
    }
    case 'in-window': {
      // Once per window: on the day after the infusion (its rest day over), if still inside it.
      const key = dayKey(day);
      return ctx.infusions
        .filter((i) => dayKey(dayAt(new Date(i), 1)) === key)
        .map((i) => ({ at: onDay(day, rule.time).getTime(), end: i + ctx.windowHours * HOUR_MS }))
        .filter(({ at, end }) => at < end)
        .map(({ at }) => at);
    }
  }
}

/** Every moment a rule is due in (from, to], sorted. */
function dueBetween(rule: NudgeRule, from: number, to: number, ctx: NudgeContext): number[] {
  const times: number[] = [];
  // From the day before: a bedtime after midnight belongs to the night before.
  for (let day = dayAt(new Date(from), -1); day.getTime() <= to; day = dayAt(day, 1)) {
    for (const at of dueOnDay(rule, day, ctx)) if (at > from && at <= to) times.push(at);
  }
  return times.sort((a, b) => a - b);
}

const activeHabits = (ctx: NudgeContext) => ctx.habits.filter((h) => h.status === 'active');

/** The next moment after `now` a rule's nudge would be shown, or null if none within the horizon. */
export function nextNudgeAt(habit: Habit, ruleIndex: number, ctx: NudgeContext, now: number): number | null {
  const rule = habit.nudges[ruleIndex];
  if (!rule) return null;
  const to = dayAt(new Date(now), HORIZON_DAYS).getTime();
  return dueBetween(rule, now, to, ctx).find((at) => skipReason(habit, rule, at, ctx) === null) ?? null;
}

/**
 * The alarms that should exist at `now`: one per rule for its next nudge, one per pending
 * snooze, the soonest MAX_NUDGE_ALARMS of them. Absolute times only, so computing it twice
 * gives the same answer.
 */
export function wantedAlarms(ctx: NudgeContext, now: number): NudgeAlarm[] {
  const alarms: NudgeAlarm[] = [];
  for (const habit of activeHabits(ctx)) {
    habit.nudges.forEach((_, ruleIndex) => {
      const when = nextNudgeAt(habit, ruleIndex, ctx, now);
      if (when !== null) alarms.push({ name: nudgeAlarmName(habit.id, ruleIndex), when });
      const snoozedUntil = ctx.snoozes[ruleKey(habit.id, ruleIndex)];
      if (snoozedUntil !== undefined && snoozedUntil > now) {
        alarms.push({ name: nudgeAlarmName(habit.id, ruleIndex, true), when: snoozedUntil });
      }
    });
  }
  return alarms.sort((a, b) => a.when - b.when || a.name.localeCompare(b.name)).slice(0, MAX_NUDGE_ALARMS);
}

/** Every nudge due in (from, to], with the reason it would be skipped, for the preview. */
export function upcomingNudges(ctx: NudgeContext, from: number, to: number): UpcomingNudge[] {
  const list: UpcomingNudge[] = [];
  for (const habit of activeHabits(ctx)) {
    habit.nudges.forEach((rule, ruleIndex) => {
      for (const at of dueBetween(rule, from, to, ctx)) {
        list.push({ at, habit, ruleIndex, snoozed: false, skip: skipReason(habit, rule, at, ctx) });
      }
      const snoozedUntil = ctx.snoozes[ruleKey(habit.id, ruleIndex)];
      if (snoozedUntil !== undefined && snoozedUntil > from && snoozedUntil <= to) {
        list.push({ at: snoozedUntil, habit, ruleIndex, snoozed: true, skip: null });
      }
    });
  }
  return list.sort((a, b) => a.at - b.at);
}

/** The next nudge that will come, for the popup's line. */
export function nextNudge(ctx: NudgeContext, now: number): UpcomingNudge | null {
  const [first] = wantedAlarms(ctx, now);
  const parsed = first && parseNudgeAlarm(first.name);
  const habit = parsed && ctx.habits.find((h) => h.id === parsed.habitId);
  return parsed && habit ? { at: first.when, habit, ruleIndex: parsed.ruleIndex, snoozed: parsed.snoozed, skip: null } : null;
}
