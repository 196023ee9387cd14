import { t, type MessageKey } from '@/utils/catalogue';
import { clockMinutes, dayAt, insideSpan } from '@/utils/time/clockTime';
import type { Settings } from '@/utils/settings/record';
import { dayKey } from '@/utils/time/dayKey';
import { formatClock, friendlyMoment } from '@/utils/time/format';
import type { Habit, NudgeRule, Weekday } from '@/utils/habits/record';
import type { RuleDraft } from './edits';
import { ruleDraft } from './edits';
import { activePause } from './pause';
import type { NudgeContext, SkipReason } from './schedule';
import { nextNudge, upcomingNudges } from './schedule';
import { dateFormat } from '@/utils/time/intl';

/** What the popup's nudge line shows: the pause, or the next nudge. Null when no habit has nudges. */
export interface NudgeStatusView {
  line: string;
  paused: boolean;
}

export function nudgeStatusView(ctx: NudgeContext, now: Date): NudgeStatusView | null {
  const pause = activePause(ctx.settings, now);
  if (pause) return { line: t('nudgePausedUntil', friendlyMoment(pause, now)), paused: true };
  if (!ctx.habits.some((h) => h.status === 'active' && h.nudges.length > 0)) return null;
  const next = nextNudge(ctx, now.getTime());
  return { line: next ? t('nudgeNext', next.habit.name, friendlyMoment(new Date(next.at), now)) : t('nudgeNoneAhead'), paused: false };
}

const SKIP_TEXT: Record<SkipReason, MessageKey> = {
  paused: 'nudgeSkipPaused',
  'quiet-hours': 'nudgeSkipQuiet',
  'rest-day': 'nudgeSkipRest',
  'goal-met': 'nudgeSkipGoal',
};

export interface PreviewRow {
  key: string;
  time: string;
  name: string;
  /** Why it will not come, or that it is a snooze; null for a nudge that will come. */
  note: string | null;
  skipped: boolean;
}

/** The rest of today's nudges and all of tomorrow's, each with why it would not come. */
export function nudgePreview(ctx: NudgeContext, now: Date): { today: PreviewRow[]; tomorrow: PreviewRow[] } {
  const rows = upcomingNudges(ctx, now.getTime(), dayAt(now, 2).getTime() - 1).map((u) => ({
    day: dayKey(new Date(u.at)),
    row: {
      key: `${u.habit.id}:${u.ruleIndex}:${u.at}:${u.snoozed}`,
      time: formatClock(new Date(u.at)),
      name: u.habit.name,
      note: u.skip ? t(SKIP_TEXT[u.skip]) : u.snoozed ? t('nudgeSnoozed') : null,
      skipped: u.skip !== null,
    },
  }));
  const today = dayKey(now);
  return { today: rows.filter((r) => r.day === today).map((r) => r.row), tomorrow: rows.filter((r) => r.day !== today).map((r) => r.row) };
}

export interface RuleView {
  index: number;
  kind: NudgeRule['kind'];
  /** Names the rule's fields: the habit, numbered when it has several nudges. */
  label: string;
  draft: RuleDraft;
  /** Said at the nudge's time when quiet hours would swallow it (issue 16); else null. */
  quiet: string | null;
}

/**
 * "This time is inside your quiet hours (21:30–07:30): this nudge will not come." for a nudge
 * at a time of day that quiet hours cover; one due exactly as they start still comes, as the
 * scheduler has it (utils/nudges/schedule.ts).
 */
export function quietConflict(rule: NudgeRule, settings: Pick<Settings, 'quietHours' | 'bedtime'>): string | null {
  let minutes: number;
  if (rule.kind === 'clock' || rule.kind === 'in-window') minutes = clockMinutes(rule.time);
  else if (rule.kind === 'before-bedtime') minutes = (((clockMinutes(settings.bedtime) - rule.minutesBefore) % 1440) + 1440) % 1440;
  else return null;
  const at = new Date(2000, 0, 3, Math.floor(minutes / 60), minutes % 60);
  // Said in the same clock format as the time fields beside it.
  const clock = (time: string) => formatClock(new Date(2000, 0, 3, Math.floor(clockMinutes(time) / 60), clockMinutes(time) % 60));
  const { start, end } = settings.quietHours;
  return insideSpan(at, settings.quietHours) ? t('nudgeQuietConflict', clock(start), clock(end)) : null;
}

export interface HabitRulesView {
  habitId: string;
  name: string;
  rules: RuleView[];
  /** Movement breaks without an interval rule can get one back. */
  canAddBreaks: boolean;
}

/** The habits whose nudges the options page edits (active and paused; archived ones have none). */
export function habitRulesView(habits: Habit[], settings?: Pick<Settings, 'quietHours' | 'bedtime'>): HabitRulesView[] {
  return habits
    .filter((h) => h.status !== 'archived')
    .map((h) => ({
      habitId: h.id,
      name: h.name,
      rules: h.nudges.map((rule, index) => ({
        index,
        kind: rule.kind,
        label: h.nudges.length > 1 ? `${h.name} ${index + 1}` : h.name,
        draft: ruleDraft(rule),
        quiet: settings ? quietConflict(rule, settings) : null,
      })),
      canAddBreaks: h.preset === 'movement-breaks' && !h.nudges.some((r) => r.kind === 'interval'),
    }));
}

/** Weekday checkboxes in the order of the patient's week, named in their language. */
export function weekdayOptions(weekStartsOn: 0 | 1 | 6): Array<{ value: Weekday; label: string }> {
  const format = dateFormat({ weekday: 'short' });
  // 4 January 1970 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => {
    const value = ((weekStartsOn + i) % 7) as Weekday;
    return { value, label: format.format(new Date(1970, 0, 4 + value, 12)) };
  });
}
