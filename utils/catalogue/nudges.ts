import type { CatalogueSection } from './types';

/**
 * Nudges: the notifications' ideas (several per habit, shown in rotation), the buttons, the
 * popup's next-nudge line and pause control, and the options page's nudge settings. Gentle
 * wording only: a nudge is an offer, never a demand.
 */
export const nudges = {
  // Ideas per preset. Each list rotates, one idea per nudge (utils/nudges/message.ts).
  nudgeIdeaMorningLight1: {
    message: 'Step outside for ten minutes of morning daylight, even if it is cloudy.',
    source: 'Brown 2022 (PLoS Biol 20:e3001571): daylight in the morning; outdoors is far brighter than indoors',
  },
  nudgeIdeaMorningLight2: {
    message: 'Take your coffee or tea outside, or to an open door, for a few minutes.',
    source: 'Brown 2022 (PLoS Biol 20:e3001571)',
  },
  nudgeIdeaMorningLight3: {
    message: 'A short walk around the block in the morning light.',
    source: 'Brown 2022 (PLoS Biol 20:e3001571); Burns 2021 (J Affect Disord 295:347, observational)',
  },
  nudgeIdeaEveningLight1: {
    message: 'A walk in the evening light, then let the lights indoors get dimmer.',
    source: 'Brown 2022 (PLoS Biol 20:e3001571): evening daylight, then dim light for the last 3 hours before bed',
  },
  nudgeIdeaEveningLight2: {
    message: 'Step outside as the day winds down. Ten minutes is plenty.',
    source: 'Brown 2022 (PLoS Biol 20:e3001571)',
  },
  nudgeIdeaEveningLight3: {
    message: 'Catch the last of the daylight, then keep the evening lights low.',
    source: 'Brown 2022 (PLoS Biol 20:e3001571)',
  },
  nudgeIdeaMovement1: {
    message: 'Some movement you enjoy: a walk, a stretch, a swim. A little counts.',
    source: 'docs/clinical-defaults.md#habits (Movement): any movement the person enjoys; consistency over intensity',
  },
  nudgeIdeaMovement2: {
    message: 'Time for a little movement, if it suits you today? Five minutes is a fine start.',
    source: 'docs/clinical-defaults.md#habits (Movement): start small; consistency over intensity',
  },
  nudgeIdeaBreaks1: { message: 'Stand up and stretch your arms above your head for a few breaths.' },
  nudgeIdeaBreaks2: { message: 'Look at something far away for a little while and roll your shoulders.' },
  nudgeIdeaBreaks3: { message: 'Walk to get a glass of water.' },
  nudgeIdeaBreaks4: { message: 'Stand up and shake out your legs for a minute or two.' },
  nudgeIdeaWindDown1: {
    message: 'Bedtime is coming up. Dim the lights and let the screens rest soon.',
    source: 'docs/clinical-defaults.md#habits (Wind-down): regular sleep supports mood; Brown 2022: dim light before bed',
  },
  nudgeIdeaWindDown2: {
    message: 'A good moment to finish up and let the evening get quiet.',
    source: 'docs/clinical-defaults.md#habits (Wind-down): regular sleep supports mood',
  },
  nudgeIdeaWindDown3: {
    message: 'Time to start winding down: something calm, away from bright screens.',
    source: 'docs/clinical-defaults.md#habits (Wind-down): regular sleep supports mood; Brown 2022: dim light before bed',
  },
  nudgeIdeaReflect1: {
    message: 'What has felt different since your last treatment? A line or two is enough.',
    source: 'Clinic guidance: the window is a time for reflection (docs/clinical-defaults.md#the-window)',
  },
  nudgeIdeaReflect2: {
    message: 'Is there a habit you would like to start, or one to let go of? Note it down.',
    source: 'docs/clinical-defaults.md#habits (A habit to start or to stop): the window is a good time to establish new habits and discontinue harmful ones',
  },
  nudgeIdeaReflect3: {
    message: 'What would you like to bring to your next therapy session?',
    source: 'Clinic guidance: reflection and therapy during the window (docs/clinical-defaults.md#the-window)',
  },
  nudgeIdeaTherapy1: { message: 'Is your next therapy session in your calendar?' },
  nudgeIdeaBuild1: { message: 'A gentle reminder: $1.' },
  nudgeIdeaBuild2: { message: 'If now suits you: $1.' },
  nudgeIdeaStop1: { message: 'A gentle reminder of what you chose: $1.' },

  nudgeWindowOpen: { message: 'Your window is open, {{$1: one=# hour | other=# hours}} left: $2' },
  nudgeWindowLastHour: { message: 'Your window is open, less than an hour left: $1' },

  nudgeDone: { message: 'Done' },
  nudgeSnooze: { message: 'Snooze 10 min' },
  nudgeDoneConfirmed: { message: 'Marked done.' },
  nudgeSnoozeConfirmed: { message: 'I will remind you again at $1.' },
  nudgePageGone: { message: 'This nudge is no longer there: its habit was removed or changed.' },

  // The popup.
  nudgeNext: { message: 'Next nudge: $1, $2' },
  nudgeNoneAhead: { message: 'No nudges in the next few days.' },
  nudgePausedUntil: { message: 'Nudges paused until $1.' },
  nudgePauseLegend: { message: 'Pause nudges' },
  nudgePause30: { message: '30 minutes' },
  nudgePause60: { message: '1 hour' },
  nudgePause120: { message: '2 hours' },
  nudgePauseMorning: { message: 'Until tomorrow morning' },
  nudgeResume: { message: 'Resume nudges now' },

  // The options page.
  nudgeSettingsHeading: { message: 'Nudges' },
  nudgeSettingsIntro: {
    message: 'Afterglow suggests stepping outside or moving at the times you choose, and stays quiet outside them. A nudge never comes while you are away from the computer, during quiet hours or a pause, or once today’s goal is met.',
  },
  nudgeHoursLegend: { message: 'When nudges may come' },
  nudgeWorkingDays: { message: 'Working days' },
  nudgeWorkingStart: { message: 'Working hours start' },
  nudgeWorkingEnd: { message: 'Working hours end' },
  nudgeWorkingHint: { message: 'Movement breaks come only inside your working hours.' },
  nudgeQuietStart: { message: 'Quiet hours start' },
  nudgeQuietEnd: { message: 'Quiet hours end' },
  nudgeQuietHint: {
    message: 'No nudge inside quiet hours; they may run past midnight. A nudge due exactly when they start (like the wind-down before bed) still comes.',
  },
  nudgeBedtime: { message: 'Bedtime' },
  nudgeSaveHours: { message: 'Save nudge hours' },
  nudgeRulesHeading: { message: 'Nudge times for each habit' },
  nudgeRulesNone: { message: 'Switch on a habit above to set its nudges.' },
  nudgeRulesEmpty: { message: 'No nudges for this habit.' },
  nudgeRuleTime: { message: '$1: time' },
  nudgeRuleDays: { message: '$1: days' },
  nudgeRuleBedtime: { message: '$1: minutes before bedtime' },
  nudgeRuleEvery: { message: '$1: every how many minutes' },
  nudgeRuleEveryHint: { message: 'From 15 minutes to 8 hours (480 minutes), inside working hours.' },
  nudgeRuleWindow: { message: '$1: time, once per window (the day after a treatment)' },
  nudgeRuleSave: { message: 'Save' },
  nudgeRuleRemove: { message: 'Remove' },
  nudgeRuleAddTime: { message: 'Add a time' },
  nudgeRuleAddBreaks: { message: 'Add breaks every hour' },
  nudgeRuleNamed: { message: '$1 for $2' },
  nudgePreviewHeading: { message: 'Coming nudges' },
  nudgePreviewToday: { message: 'Today' },
  nudgePreviewTomorrow: { message: 'Tomorrow' },
  nudgePreviewNone: { message: 'None' },
  nudgeSkipPaused: { message: 'paused' },
  nudgeSkipQuiet: { message: 'in quiet hours, will not come' },
  nudgeSkipRest: { message: 'rest day after a treatment' },
  nudgeSkipGoal: { message: 'goal already met' },
  nudgeSnoozed: { message: 'snoozed' },

  nudgeErrorTime: { message: '$1: enter a time like 08:00.' },
  nudgeErrorWorkingOrder: { message: 'Working hours must end after they start.' },
  nudgeErrorQuietSame: { message: 'Quiet hours need different start and end times.' },
  nudgeErrorDays: { message: 'Choose at least one day.' },
  nudgeErrorInterval: { message: 'Enter a whole number of minutes from 15 to 480 (8 hours).' },
  nudgeErrorBedtimeMinutes: { message: 'Enter a whole number of minutes from 0 to 240.' },
  nudgeErrorTooMany: { message: 'A habit can have up to $1 nudges.' },
  nudgeErrorGone: { message: 'That habit or nudge is no longer there. Reload the page and try again.' },
  nudgeSaved: { message: 'Saved' },
  nudgeQuietConflict: { message: 'This time is inside your quiet hours ($1–$2), so this nudge will not come. Choose another time or change the quiet hours.' },
  nudgeRuleRemoved: { message: 'a nudge of $1' },
} satisfies CatalogueSection;
