import type { CatalogueSection } from './types';

/** The treatment phase, as the popup, the badge tooltip and the options page say it. */
export const phase = {
  phaseBefore: { message: 'Before treatment' },
  phaseInduction: { message: 'Induction: infusion $1 of $2' },
  phaseInductionTitle: { message: 'Induction', description: 'The popup card\'s heading during the series; the position is the figure below it.' },
  inductionFigure: {
    message: '$1 of $2 infusions done',
    description: 'On the popup card during the series; "$1 of $2" is drawn large, so keep the two numbers one word apart.',
  },
  phaseMaintenance: { message: 'Maintenance' },
  phaseWindowOpen: { message: 'Window open' },
  windowHoursLeft: { message: '{{$1: one=# hour | other=# hours}} left' },
  windowOneHourLeft: { message: 'Less than 1 hour left' },
  windowEndsAt: { message: 'The window closes $1.' },
  inductionProgress: { message: 'Infusion $1 of $2 in your series' },
  nextInfusionScheduled: { message: 'Next infusion: $1' },
  nextInfusionSuggested: { message: 'Next infusion suggested around $1 (ask your clinic)' },
  daysSinceLast: { message: '$1 days since your last infusion' },
  daysSinceLastOne: { message: '1 day since your last infusion' },
  daysSinceLastToday: { message: 'Your last infusion was today' },
  boosterDue: { message: 'A booster is due by your schedule ($1). Talk to your clinic.' },
  boosterOverdue: { message: 'Your booster reminder date was $1. Talk to your clinic if it is time.' },
  boosterNext: { message: 'Booster reminder: $1' },
  // The guidance line below it says it is a rest day and not to drive (guidanceRestDay): each said once (issue 14).
  restDay: { message: 'No movement or outdoor nudges until $1.' },
  firstScreenTitle: { message: 'Welcome to Afterglow' },
  firstScreenBody: {
    message: 'Add your infusion dates and Afterglow will show where you are in treatment, right here in the toolbar.',
  },
  firstScreenAction: { message: 'Add your infusion dates' },
  windowProgressLabel: { message: 'Time left in the window' },
  today: { message: 'today' },
  tomorrow: { message: 'tomorrow' },

  // The tooltip on the toolbar button: always a whole sentence.
  titleWindowInduction: { message: 'Window open: {{$1: one=# hour | other=# hours}} left · infusion $2 of $3' },
  titleWindowMaintenance: { message: 'Window open: {{$1: one=# hour | other=# hours}} left · maintenance' },
  titleInduction: { message: 'Infusion $1 of $2 done · window closed' },
  titleMaintenance: { message: 'Maintenance · $1', description: '$1 is daysSinceLast, daysSinceLastOne or daysSinceLastToday.' },
  titleBoosterDue: { message: 'Maintenance · booster reminder date $1: talk to your clinic' },
  titleBeforePlanned: { message: 'Afterglow: next infusion $1' },
  titleBefore: { message: 'Afterglow: add your infusion dates to begin' },

  // One short line of guidance per phase. Sources: docs/clinical-defaults.md (#phases, #the-window, #rest-day, #relapse).
  guidanceBefore: {
    message: 'Before your first infusion, think of one habit you would like to start or stop. The days after an infusion are a good time to begin.',
    source: 'docs/clinical-defaults.md#habits: "A habit to start or to stop"; clinic guidance on the window (#the-window)',
  },
  guidanceWindow: {
    message: 'These hours are a good time for reflection, therapy, daylight and starting something new. Keep it gentle.',
    source: 'Clinic guidance ("a critical period of about 48 hours"); Li 2010, Moda-Sava 2019 (animal work, new synapses within about 24 h)',
  },
  guidanceRestDay: {
    message: 'Infusion day is a rest day. Take it easy, and do not drive until tomorrow.',
    source: 'Clinic protocol: patients are sedated on infusion day and must not drive',
  },
  guidanceInduction: {
    message: 'Between infusions: daylight in the morning, some movement you enjoy, and regular sleep all support the treatment.',
    source: 'Brown 2022 (PLoS Biol 20:e3001571) on daylight; docs/clinical-defaults.md#habits',
  },
  guidanceMaintenance: {
    message: 'Keep the habits that help. If your mood slips, check in with your care team early rather than late.',
    source: 'Murrough 2013 (Biol Psychiatry 74:250): median relapse 18 days after the last induction infusion in responders',
  },
  guidanceBoosterDue: {
    message: 'Your booster reminder date has come. Your care team decides whether and when you need one.',
    source: 'Andrade 2017 (J Clin Psychiatry 78:e852): booster timing is individual',
  },

  // The same sentences in the words of the other kinds (issue 15): "Im" for intramuscular
  // injections, "Session" for esketamine nasal spray and at-home sessions, which are treatment
  // sessions (never to be confused with therapy sessions). utils/treatment/words.ts picks them.
  phaseInductionIm: { message: 'Induction: injection $1 of $2' },
  phaseInductionSession: { message: 'Induction: session $1 of $2' },
  inductionProgressIm: { message: 'Injection $1 of $2 in your series' },
  inductionProgressSession: { message: 'Treatment session $1 of $2 in your series' },
  nextInfusionScheduledIm: { message: 'Next injection: $1' },
  nextInfusionScheduledSession: { message: 'Next treatment session: $1' },
  nextInfusionSuggestedIm: { message: 'Next injection suggested around $1 (ask your clinic)' },
  nextInfusionSuggestedSession: { message: 'Next treatment session suggested around $1 (ask your clinic)' },
  daysSinceLastIm: { message: '$1 days since your last injection' },
  daysSinceLastSession: { message: '$1 days since your last treatment session' },
  daysSinceLastOneIm: { message: '1 day since your last injection' },
  daysSinceLastOneSession: { message: '1 day since your last treatment session' },
  daysSinceLastTodayIm: { message: 'Your last injection was today' },
  daysSinceLastTodaySession: { message: 'Your last treatment session was today' },
  firstScreenBodyIm: {
    message: 'Add your injection dates and Afterglow will show where you are in treatment, right here in the toolbar.',
  },
  firstScreenBodySession: {
    message: 'Add your treatment session dates and Afterglow will show where you are in treatment, right here in the toolbar.',
  },
  firstScreenActionIm: { message: 'Add your injection dates' },
  firstScreenActionSession: { message: 'Add your treatment session dates' },
  titleWindowInductionIm: { message: 'Window open: {{$1: one=# hour | other=# hours}} left · injection $2 of $3' },
  titleWindowInductionSession: { message: 'Window open: {{$1: one=# hour | other=# hours}} left · session $2 of $3' },
  titleInductionIm: { message: 'Injection $1 of $2 done · window closed' },
  titleInductionSession: { message: 'Session $1 of $2 done · window closed' },
  titleBeforePlannedIm: { message: 'Afterglow: next injection $1' },
  titleBeforePlannedSession: { message: 'Afterglow: next treatment session $1' },
  inductionFigureIm: { message: '$1 of $2 injections done' },
  inductionFigureSession: { message: '$1 of $2 treatment sessions done' },
  titleBeforeIm: { message: 'Afterglow: add your injection dates to begin' },
  titleBeforeSession: { message: 'Afterglow: add your treatment session dates to begin' },
  guidanceBeforeIm: {
    message: 'Before your first injection, think of one habit you would like to start or stop. The days after an injection are a good time to begin.',
    source: 'docs/clinical-defaults.md#habits; the window (#the-window, #other-kinds-of-treatment)',
  },
  guidanceBeforeSession: {
    message: 'Before your first treatment session, think of one habit you would like to start or stop. The days after a session are a good time to begin.',
    source: 'docs/clinical-defaults.md#habits; the window (#the-window, #other-kinds-of-treatment)',
  },
  guidanceInductionIm: {
    message: 'Between injections: daylight in the morning, some movement you enjoy, and regular sleep all support the treatment.',
    source: 'Brown 2022 (PLoS Biol 20:e3001571) on daylight; docs/clinical-defaults.md#habits',
  },
  guidanceInductionSession: {
    message: 'Between treatment sessions: daylight in the morning, some movement you enjoy, and regular sleep all support the treatment.',
    source: 'Brown 2022 (PLoS Biol 20:e3001571) on daylight; docs/clinical-defaults.md#habits',
  },

  // The rest day in each family's words (docs/clinical-defaults.md#rest-day): esketamine's
  // label rule (no driving or machinery until the next day, after a restful sleep) also
  // for at-home sessions, whose programs ask the same.
  restDayIm: { message: 'Rest day: no movement or outdoor nudges until $1. Do not drive today.' },
  restDaySession: {
    message: 'Rest day: no movement or outdoor nudges until $1. Do not drive or use machinery until tomorrow, after a restful sleep.',
  },
  guidanceRestDayIm: {
    message: 'Injection day is a rest day. Take it easy, and do not drive until tomorrow.',
    source: 'Clinic protocol: intramuscular ketamine is given like an infusion; patients must not drive that day',
  },
  guidanceRestDaySession: {
    message: 'Treatment day is a rest day. Do not drive or use machinery until the next day, after a restful sleep.',
    source: 'SPRAVATO Prescribing Information (Janssen), Dosage and Administration; at-home programs (e.g. Mindbloom) ask the same',
  },

  // Where the schedule is: "Week 6: once a week" (docs/clinical-defaults.md#other-kinds-of-treatment).
  // A cadence is `times` (1–3) a week, or every `everyWeeks` weeks: one key per times.
  stageWeek: { message: 'Week $1: $2' },
  cadence1: { message: 'once a week' },
  cadence2: { message: 'twice a week' },
  cadence3: { message: '3 times a week' },
  cadenceEvery1: { message: 'once every $1 weeks' },
  cadenceEvery2: { message: 'twice every $1 weeks' },
  cadenceEvery3: { message: '3 times every $1 weeks' },
} satisfies CatalogueSection;
