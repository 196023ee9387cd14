import type { CatalogueSection } from './types';

/**
 * The daily mood, the PHQ-9 and the GAD-7. The questionnaires' wording is the authors' own,
 * unaltered, as printed on the official English forms (phqscreeners.com; terms and source in
 * docs/measures.md): do not edit a question, an answer or the recall period here.
 */
export const measures = {
  // The one-tap mood (issue 11).
  moodQuestion: { message: 'How are you today?' },
  moodGroup: { message: 'Mood today' },
  mood1: { message: 'Very low' },
  mood2: { message: 'Low' },
  mood3: { message: 'Okay' },
  mood4: { message: 'Good' },
  mood5: { message: 'Very good' },
  moodClear: { message: 'Clear today’s mood' },
  moodSaved: { message: 'Saved for today: $1.' },
  moodCleared: { message: 'Today’s mood is cleared.' },
  moodNoteLabel: { message: 'A note for today (optional)' },
  moodPromptIntention: {
    message: 'Infusion day: what is your intention for this infusion?',
    description: 'The note prompt on the day of an infusion; patients can switch prompts off.',
  },
  moodPromptIntentionIm: { message: 'Injection day: what is your intention for this injection?' },
  moodPromptIntentionSession: { message: 'Treatment session day: what is your intention for this session?' },
  moodPromptIntegration: {
    message: 'The window is open: what came up, and what would you like to carry forward?',
    description: 'The note prompt inside the window after an infusion (integration).',
  },
  moodNoteSave: { message: 'Save note' },
  moodNoteSaved: { message: 'Note saved.' },
  moodNoteCount: { message: '$1 of $2 characters' },
  moodNoteTooLong: { message: 'Your note is $1 characters long; the limit is $2. Shorten it by $3 to save it. Nothing was lost: it is still in the box.' },
  moodNoteNeedsMood: { message: 'Choose a mood first, then save the note.' },

  // The questionnaires, as printed on the official forms.
  phq9Name: { message: 'PHQ-9' },
  gad7Name: { message: 'GAD-7' },
  phq9Title: { message: 'Patient Health Questionnaire (PHQ-9)' },
  gad7Title: { message: 'Generalized Anxiety Disorder scale (GAD-7)' },
  phq9Recall: { message: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?' },
  gad7Recall: { message: 'Over the last 2 weeks, how often have you been bothered by the following problems?' },
  phq9Item1: { message: 'Little interest or pleasure in doing things' },
  phq9Item2: { message: 'Feeling down, depressed, or hopeless' },
  phq9Item3: { message: 'Trouble falling or staying asleep, or sleeping too much' },
  phq9Item4: { message: 'Feeling tired or having little energy' },
  phq9Item5: { message: 'Poor appetite or overeating' },
  phq9Item6: { message: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down' },
  phq9Item7: { message: 'Trouble concentrating on things, such as reading the newspaper or watching television' },
  phq9Item8: {
    message:
      'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  },
  phq9Item9: { message: 'Thoughts that you would be better off dead or of hurting yourself in some way' },
  gad7Item1: { message: 'Feeling nervous, anxious, or on edge' },
  gad7Item2: { message: 'Not being able to stop or control worrying' },
  gad7Item3: { message: 'Worrying too much about different things' },
  gad7Item4: { message: 'Trouble relaxing' },
  gad7Item5: { message: 'Being so restless that it is hard to sit still' },
  gad7Item6: { message: 'Becoming easily annoyed or irritable' },
  gad7Item7: { message: 'Feeling afraid, as if something awful might happen' },
  answer0: { message: 'Not at all', description: 'The official first answer of both forms; some copies of the GAD-7 print it wrongly with an extra word (docs/measures.md).' },
  answer1: { message: 'Several days' },
  answer2: { message: 'More than half the days' },
  answer3: { message: 'Nearly every day' },
  difficultyQuestion: {
    message:
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  },
  difficulty0: { message: 'Not difficult at all' },
  difficulty1: { message: 'Somewhat difficult' },
  difficulty2: { message: 'Very difficult' },
  difficulty3: { message: 'Extremely difficult' },
  measuresFormsInEnglish: {
    message: 'The PHQ-9 and GAD-7 are shown in English, the wording their authors published, because their official translation is not part of Afterglow yet. Your answers are scored the same way.',
    description: 'Shown only in a language other than English, above the questionnaires.',
  },
  measureAttribution: {
    message:
      'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
    source: 'The official PHQ-9 and GAD-7 forms (phqscreeners.com); docs/measures.md',
  },
  questionNumber: { message: 'Question $1' },
  seeMyScore: { message: 'See my score' },
  measureMissing: { message: 'Question $1 is not answered yet: “$2”. Answer it to see your score. Nothing was saved.' },
  measureSaveFailed: { message: 'Your answers could not be saved ($1). They are still on this page; try again.' },
  scoreLine: { message: 'Your $1 score: $2 of $3' },
  bandMinimal: { message: 'Minimal', source: 'Kroenke 2001 (PHQ-9), Spitzer 2006 (GAD-7): 0–4' },
  bandMild: { message: 'Mild', source: 'Kroenke 2001, Spitzer 2006: 5–9' },
  bandModerate: { message: 'Moderate', source: 'Kroenke 2001, Spitzer 2006: 10–14' },
  bandModeratelySevere: { message: 'Moderately severe', source: 'Kroenke 2001: PHQ-9 15–19' },
  bandSevere: { message: 'Severe', source: 'Kroenke 2001: PHQ-9 20–27; Spitzer 2006: GAD-7 15–21' },
  bandLine: { message: 'The authors call a score of $1–$2 “$3”.' },
  scoreNotDiagnosis: { message: 'A score is not a diagnosis; your care team reads it with you.' },
  scoreSavedOn: { message: 'Saved in this browser only, on $1.' },
  answerAgain: { message: 'Start again' },

  // Item 9: crisis help at once, before the score (docs/clinical-defaults.md#crisis-help); the
  // country's lines and the words above them are in ./crisis.ts.
  crisisPanelTitle: { message: 'You are not alone. Help is there right now.', source: 'Simon 2013; docs/clinical-defaults.md#crisis-help' },
  crisisClinicLine: { message: 'Tell your clinic too: call $1 ($2).' },
  crisisNotMonitored: { message: 'Afterglow is not monitored and sends nothing to anyone.' },
  crisisPanelClose: { message: 'Close this message' },

  // The schedule (docs/clinical-defaults.md#measures).
  measuresDueNow: { message: 'Your PHQ-9 and GAD-7 are due today.' },
  measuresDueBaseline: { message: 'Take your first PHQ-9 and GAD-7 before or at your first infusion: they become your baseline.' },
  measuresDueBaselineIm: { message: 'Take your first PHQ-9 and GAD-7 before or at your first injection: they become your baseline.' },
  measuresDueBaselineSession: { message: 'Take your first PHQ-9 and GAD-7 before or at your first treatment session: they become your baseline.' },
  measuresDueBaselineNow: { message: 'Your first PHQ-9 and GAD-7 are due today: they become your baseline.' },
  measuresDueOn: { message: 'Next PHQ-9 and GAD-7: $1.' },
  measuresAnswerNow: { message: 'Answer the questionnaires' },
  measuresOverdueBy: { message: 'Your PHQ-9 and GAD-7 were due $1.' },
  openHistory: { message: 'Your history' },

  // Settings.
  measuresSettingsTitle: { message: 'Mood and questionnaires' },
  moodPromptsSetting: { message: 'Prompt my daily note on infusion days and in the window' },
  moodPromptsSettingIm: { message: 'Prompt my daily note on injection days and in the window' },
  moodPromptsSettingSession: { message: 'Prompt my daily note on treatment session days and in the window' },
  inductionEverySetting: { message: 'PHQ-9 and GAD-7 during the series, every (days)' },
  maintenanceEverySetting: { message: 'PHQ-9 and GAD-7 after the series, every (days)' },
  measuresNudgeSetting: { message: 'Remind me with a notification at 10:00 on the day they are due' },
  measuresNudgeTitle: { message: 'Afterglow: questionnaires due' },
  measureEveryRange: { message: 'Choose a number of days from $1 to $2.' },
  measureScheduleNote: {
    message: 'A baseline before or at the first infusion, then every 7 days during the series and every 14 after, unless you or your clinic change it.',
    source: 'docs/clinical-defaults.md#measures (Löwe 2004; clinic platforms default to 14 days)',
  },
  measureScheduleNoteIm: { message: 'A baseline before or at the first injection, then every 7 days during the series and every 14 after, unless you or your clinic change it.' },
  measureScheduleNoteSession: { message: 'A baseline before or at the first treatment session, then every 7 days during the series and every 14 after, unless you or your clinic change it.' },
  measuresPageTitle: { message: 'Questionnaires' },
} satisfies CatalogueSection;
