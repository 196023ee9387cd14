import type { CatalogueSection } from './types';

/**
 * Habits and check-ins: the popup's list, the grow/shrink offers, the options page's habit
 * settings, and the messages for bad input. No guilt language: a missed week is "full", never
 * failed, and every offer can be answered "not now".
 */
export const habits = {
  // Preset names: the options page's switches and the popup's toggles say exactly these.
  habitMorningLight: { message: 'Morning light outside' },
  habitEveningLight: { message: 'Evening light outside' },
  habitMovement: { message: 'Movement' },
  habitMovementBreaks: { message: 'Movement breaks at the computer' },
  habitWindDown: { message: 'Wind-down for sleep' },
  habitReflect: { message: 'Reflect during the window' },
  habitTherapy: { message: 'Therapy session kept' },

  activityWalk: { message: 'Walk' },
  activityYoga: { message: 'Yoga' },
  activitySwim: { message: 'Swim' },
  activityRun: { message: 'Run' },
  activityStrength: { message: 'Strength' },
  activityOwn: { message: 'Something else' },
  activityLabel: { message: '$1: kind' },
  activityOwnLabel: { message: '$1: your word for it' },

  // The popup.
  habitsTodayHeading: { message: 'Today' },
  habitsNone: { message: 'No habits chosen yet. One or two is plenty to start.' },
  habitsChoose: { message: 'Choose habits' },
  habitWeekCount: { message: '$1 of $2 this week' },
  habitSkippedToday: { message: 'skipped today' },
  habitScore: { message: 'consistency $1%' },
  // True of every goal (tests/unit/habits/score.test.ts): a weekly goal kept on changing days
  // still builds up (a long gap between two weeks' check-ins wobbles it by a point or two), and
  // a missed week is what dips it.
  habitScoreExplain: {
    message: 'Consistency builds up as you keep to your goal and fades slowly when you fall short, so a missed day or week only dips it and never resets it.',
  },
  guidanceHabitsWindow: {
    message: 'Your window is open: a good time to begin a habit or keep one going. Small steps count.',
    source:
      'Clinic guidance: the window is a time for reflection, therapy, and starting new habits or dropping old ones (docs/clinical-defaults.md#the-window); Li 2010, Moda-Sava 2019 (animal work)',
  },
  goalOfferGrow: { message: '$1: $2 a week, two weeks running. Try $3 a week?' },
  goalOfferShrink: { message: '$1: the last two weeks were full. Would $2 a week suit you better for now?' },
  goalOfferAccept: { message: 'Yes, $1 a week' },
  goalOfferNotNow: { message: 'Not now' },

  // The options page.
  habitsHeading: { message: 'Your habits' },
  habitsIntro: { message: 'Start small: one or two habits is plenty. You can change them any time.' },
  habitPresetsLegend: { message: 'Suggested habits' },
  guidanceLightCaution: {
    message: 'If you have bipolar disorder, ask your care team before starting a light routine: bright light can trigger hypomania.',
    source: 'Caution for light routines: docs/clinical-defaults.md#light-and-bipolar-disorder',
  },
  habitsCustomHeading: { message: 'Your own habits' },
  habitsCustomNone: { message: 'A habit to start, or one to stop: the days after a treatment are a good time for either.' },
  habitsArchivedHeading: { message: 'Archived (their history is kept)' },
  goalPerLabel: { message: '$1: how often' },
  goalHowOften: { message: 'How often' },
  goalDaily: { message: 'Every day' },
  goalWeekly: { message: 'Times a week' },
  goalTimesLabel: { message: '$1: times a week' },
  goalTimesHint: { message: 'From $1 to $2.' },
  habitPausedNote: { message: 'Paused: no nudges, and its days count as skipped.' },
  habitPause: { message: 'Pause' },
  habitResume: { message: 'Resume' },
  habitArchive: { message: 'Archive' },
  habitArchivedUndo: { message: 'Archived: $1 (its history is kept) ·' },
  habitUndoArchive: { message: 'Undo archiving $1' },
  habitRestore: { message: 'Restore' },
  habitAction: { message: '$1 $2' },
  habitNameLabel: { message: 'Habit name' },
  habitRenameLabel: { message: 'Name of $1' },
  directionLegend: { message: 'Kind of habit' },
  directionBuild: { message: 'One to build (stretch at lunch)' },
  directionStop: { message: 'One to stop (no phone after 22:00)' },
  addHabit: { message: 'Add habit' },
  backfillHeading: { message: 'Fill in the last 7 days' },
  backfillIntro: {
    message: 'Forgot to tick something? Mark it done, or skipped for a day you were ill or travelling: skipped days neither count nor break anything.',
  },
  backfillCell: { message: '$1, $2' },
  checkinNone: { message: 'Not marked' },
  checkinDone: { message: 'Done' },
  checkinSkip: { message: 'Skipped' },
  habitWeekStartLabel: { message: 'Weeks start on' },
  habitWeekStartLocale: { message: 'Your language setting ($1)' },

  habitErrorNameEmpty: { message: 'Please give the habit a name.' },
  habitErrorNameLong: { message: 'Please keep the name to $1 characters or fewer.' },
  habitErrorNameTaken: { message: 'You already have a habit called "$1".' },
  habitErrorGoalRange: { message: 'Enter a whole number of times a week, from $1 to $2.' },
  habitErrorTooMany: { message: 'Afterglow keeps up to $1 habits. Archive one you no longer use, then add this one.' },
  habitErrorActivityLong: { message: 'Please keep it to $1 characters or fewer.' },
  habitErrorGone: { message: 'That habit is no longer there. Reload the page and try again.' },
  habitErrorBackfillRange: { message: 'You can fill in today and the 6 days before it.' },
} satisfies CatalogueSection;
