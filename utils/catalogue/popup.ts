import type { CatalogueSection } from './types';

/** The popup's own words (issue 14): logging an infusion or a session and undoing it; the score's explanation, folded. */
export const popup = {
  habitScoreWhat: { message: 'What is consistency?' },
  logInfusion: { message: 'Log infusion' },
  logInfusionIm: { message: 'Log injection' },
  logInfusionSession: { message: 'Log session' },
  logSession: { message: 'Log therapy session' },
  logInfusionQuestion: { message: 'Log an infusion today?' },
  logInfusionQuestionIm: { message: 'Log an injection today?' },
  logInfusionQuestionSession: { message: 'Log a treatment session today?' },
  logSessionQuestion: { message: 'Log a therapy session today?' },
  logTimeLabel: { message: 'At', description: 'Label of the time field, set to now; earlier today is allowed.' },
  logConfirm: { message: 'Log it' },
  logCancel: { message: 'Cancel' },
  logTimeMalformed: { message: 'Enter a time such as 09:30.' },
  logTimeLater: { message: 'That time has not come yet today. Enter $1 or earlier.' },
  loggedInfusion: { message: 'Infusion logged, $1.' },
  loggedInfusionIm: { message: 'Injection logged, $1.' },
  loggedInfusionSession: { message: 'Treatment session logged, $1.' },
  loggedSession: { message: 'Therapy session logged, $1.' },
  logUndo: { message: 'Undo' },
  logUndoneInfusion: { message: 'Infusion removed.' },
  logUndoneInfusionIm: { message: 'Injection removed.' },
  logUndoneInfusionSession: { message: 'Treatment session removed.' },
  logUndoneSession: { message: 'Therapy session removed.' },
} satisfies CatalogueSection;
