import { t, type MessageKey } from '@/utils/catalogue';
import type { DayKey } from '@/utils/time/dayKey';
import { daysFrom } from '@/utils/time/dayKey';
import type { Habit, PresetId } from '@/utils/habits/record';

/** The ideas a habit's nudges rotate through; a clinic's own words join the list. */
const IDEAS: Record<PresetId, MessageKey[]> = {
  'morning-light': ['nudgeIdeaMorningLight1', 'nudgeIdeaMorningLight2', 'nudgeIdeaMorningLight3'],
  'evening-light': ['nudgeIdeaEveningLight1', 'nudgeIdeaEveningLight2', 'nudgeIdeaEveningLight3'],
  movement: ['nudgeIdeaMovement1', 'nudgeIdeaMovement2'],
  'movement-breaks': ['nudgeIdeaBreaks1', 'nudgeIdeaBreaks2', 'nudgeIdeaBreaks3', 'nudgeIdeaBreaks4'],
  'wind-down': ['nudgeIdeaWindDown1', 'nudgeIdeaWindDown2', 'nudgeIdeaWindDown3'],
  reflect: ['nudgeIdeaReflect1', 'nudgeIdeaReflect2', 'nudgeIdeaReflect3'],
  therapy: ['nudgeIdeaTherapy1'],
};

export function nudgeIdeas(habit: Habit, clinicTexts: readonly string[] = []): string[] {
  if (habit.preset) return [...IDEAS[habit.preset].map((key) => t(key)), ...clinicTexts];
  // The patient's own habit, in their own words.
  const name = habit.name.replace(/[.!?\s]+$/, '');
  const keys: MessageKey[] = habit.direction === 'build' ? ['nudgeIdeaBuild1', 'nudgeIdeaBuild2'] : ['nudgeIdeaStop1'];
  return keys.map((key) => t(key, name));
}

/**
 * Which idea comes next: a different one each day, and each time within a day (break
 * reminders), without keeping a counter. `shownBefore` counts this habit's nudges shown
 * earlier that day.
 */
export const ideaNumber = (day: DayKey, shownBefore: number) => daysFrom('1970-01-01', day) + shownBefore;

export interface NudgeMessage {
  title: string;
  message: string;
  /** A PNG in the extension (notifications need a raster image). */
  icon: string;
}

export function nudgeMessage(
  habit: Habit,
  idea: number,
  window: { hoursLeft: number } | null,
  clinicTexts: readonly string[] = [],
): NudgeMessage {
  const ideas = nudgeIdeas(habit, clinicTexts);
  const text = ideas[Math.abs(idea) % ideas.length]!;
  // While the window is open, the nudge says so: it is what matters most in these hours.
  const message = !window
    ? text
    : window.hoursLeft <= 1
      ? t('nudgeWindowLastHour', text)
      : t('nudgeWindowOpen', window.hoursLeft, text);
  return { title: habit.name, message, icon: `/nudge/${habit.preset ?? 'custom'}.png` };
}
