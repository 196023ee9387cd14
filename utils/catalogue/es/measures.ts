import type { measures as en } from '../measures';
import type { Translation } from '../types';

/**
 * The measures section in Spanish (usted).
 * The PHQ-9 and GAD-7 wording (recall sentences, items, answers, the closing question and its
 * answers, the attribution, the form titles) stays in the authors' official ENGLISH, unaltered:
 * no official Spanish text of both forms could be confirmed from a named source, the answer,
 * closing-question and attribution keys are shared by the two forms, and no questionnaire item
 * may be translated by us (docs/measures.md). Everything else is translated.
 */
export const measures: Translation<typeof en> = {
  // The one-tap mood (issue 11).
  moodQuestion: '¿Cómo se siente hoy?',
  moodGroup: 'Estado de ánimo de hoy',
  mood1: 'Muy bajo',
  mood2: 'Bajo',
  mood3: 'Regular',
  mood4: 'Bueno',
  mood5: 'Muy bueno',
  moodClear: 'Borrar el estado de ánimo de hoy',
  moodSaved: 'Guardado para hoy: $1.',
  moodCleared: 'Se borró el estado de ánimo de hoy.',
  moodNoteLabel: 'Una nota para hoy (opcional)',
  moodPromptIntention: 'Día de infusión: ¿cuál es su intención para esta infusión?',
  moodPromptIntentionIm: 'Día de inyección: ¿cuál es su intención para esta inyección?',
  moodPromptIntentionSession: 'Día de sesión de tratamiento: ¿cuál es su intención para esta sesión?',
  moodPromptIntegration: 'La ventana está abierta: ¿qué surgió y qué le gustaría llevar consigo de aquí en adelante?',
  moodNoteSave: 'Guardar la nota',
  moodNoteSaved: 'Nota guardada.',
  moodNoteCount: '$1 de {{$2: one=# carácter | other=# caracteres}}',
  moodNoteTooLong:
    'Su nota tiene {{$1: one=# carácter | other=# caracteres}}; el límite es $2. Acórtela en {{$3: one=# carácter | other=# caracteres}} para guardarla. No se perdió nada: sigue en el cuadro.',
  moodNoteNeedsMood: 'Primero elija un estado de ánimo y luego guarde la nota.',

  // The questionnaires, as printed on the official forms: the authors' English, unchanged.
  phq9Name: 'PHQ-9',
  gad7Name: 'GAD-7',
  phq9Title: 'Patient Health Questionnaire (PHQ-9)',
  gad7Title: 'Generalized Anxiety Disorder scale (GAD-7)',
  phq9Recall: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  gad7Recall: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  phq9Item1: 'Little interest or pleasure in doing things',
  phq9Item2: 'Feeling down, depressed, or hopeless',
  phq9Item3: 'Trouble falling or staying asleep, or sleeping too much',
  phq9Item4: 'Feeling tired or having little energy',
  phq9Item5: 'Poor appetite or overeating',
  phq9Item6: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  phq9Item7: 'Trouble concentrating on things, such as reading the newspaper or watching television',
  phq9Item8:
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  phq9Item9: 'Thoughts that you would be better off dead or of hurting yourself in some way',
  gad7Item1: 'Feeling nervous, anxious, or on edge',
  gad7Item2: 'Not being able to stop or control worrying',
  gad7Item3: 'Worrying too much about different things',
  gad7Item4: 'Trouble relaxing',
  gad7Item5: 'Being so restless that it is hard to sit still',
  gad7Item6: 'Becoming easily annoyed or irritable',
  gad7Item7: 'Feeling afraid, as if something awful might happen',
  answer0: 'Not at all',
  answer1: 'Several days',
  answer2: 'More than half the days',
  answer3: 'Nearly every day',
  difficultyQuestion:
    'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
  difficulty0: 'Not difficult at all',
  difficulty1: 'Somewhat difficult',
  difficulty2: 'Very difficult',
  difficulty3: 'Extremely difficult',
  measuresFormsInEnglish:
    'Los cuestionarios PHQ-9 y GAD-7 se muestran en inglés, con las palabras que publicaron sus autores, porque su traducción oficial todavía no está en Afterglow. Sus respuestas se puntúan igual.',
  measureAttribution:
    'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute.',
  questionNumber: 'Pregunta $1',
  seeMyScore: 'Ver mi puntuación',
  measureMissing: 'La pregunta $1 todavía no tiene respuesta: “$2”. Respóndala para ver su puntuación. No se guardó nada.',
  measureSaveFailed: 'No se pudieron guardar sus respuestas ($1). Siguen en esta página; inténtelo de nuevo.',
  scoreLine: 'Su puntuación en el $1: $2 de $3',
  bandMinimal: 'Mínima',
  bandMild: 'Leve',
  bandModerate: 'Moderada',
  bandModeratelySevere: 'Moderadamente grave',
  bandSevere: 'Grave',
  bandLine: 'Los autores llaman “$3” a una puntuación de $1–$2.',
  scoreNotDiagnosis: 'Una puntuación no es un diagnóstico; su equipo de atención médica la revisa con usted.',
  scoreSavedOn: 'Guardada solo en este navegador ($1).',
  answerAgain: 'Empezar de nuevo',

  // Item 9: crisis help at once, before the score (docs/clinical-defaults.md#crisis-help).
  crisisPanelTitle: 'No tiene que pasar por esto a solas. Hay ayuda ahora mismo.',
  crisisClinicLine: 'Avise también a su clínica: llame a $1 ($2).',
  crisisNotMonitored: 'Nadie supervisa Afterglow, y Afterglow no envía nada a nadie.',
  crisisPanelClose: 'Cerrar este mensaje',

  // The schedule (docs/clinical-defaults.md#measures).
  measuresDueNow: 'Hoy le toca responder el PHQ-9 y el GAD-7.',
  measuresDueBaseline: 'Responda su primer PHQ-9 y GAD-7 antes de su primera infusión o ese mismo día: serán su punto de partida.',
  measuresDueBaselineIm: 'Responda su primer PHQ-9 y GAD-7 antes de su primera inyección o ese mismo día: serán su punto de partida.',
  measuresDueBaselineSession:
    'Responda su primer PHQ-9 y GAD-7 antes de su primera sesión de tratamiento o ese mismo día: serán su punto de partida.',
  measuresDueBaselineNow: 'Hoy le toca responder su primer PHQ-9 y GAD-7: serán su punto de partida.',
  measuresDueOn: 'Próximos PHQ-9 y GAD-7: $1.',
  measuresAnswerNow: 'Responder los cuestionarios',
  measuresOverdueBy: 'Le tocaba responder el PHQ-9 y el GAD-7 $1.',
  openHistory: 'Su historial',

  // Settings.
  measuresSettingsTitle: 'Estado de ánimo y cuestionarios',
  moodPromptsSetting: 'Sugerir una pregunta para mi nota diaria los días de infusión y durante la ventana',
  moodPromptsSettingIm: 'Sugerir una pregunta para mi nota diaria los días de inyección y durante la ventana',
  moodPromptsSettingSession: 'Sugerir una pregunta para mi nota diaria los días de sesión de tratamiento y durante la ventana',
  inductionEverySetting: 'PHQ-9 y GAD-7 durante la inducción, cada (días)',
  maintenanceEverySetting: 'PHQ-9 y GAD-7 después de la inducción, cada (días)',
  measuresNudgeSetting: 'Avisarme con una notificación a las 10:00 el día que toquen',
  measuresNudgeTitle: 'Afterglow: cuestionarios pendientes',
  measureEveryRange: 'Elija un número de días entre $1 y $2.',
  measureScheduleNote:
    'Un punto de partida antes de la primera infusión o ese mismo día; luego, cada 7 días durante la inducción y cada 14 después, salvo que usted o su clínica lo cambien.',
  measureScheduleNoteIm:
    'Un punto de partida antes de la primera inyección o ese mismo día; luego, cada 7 días durante la inducción y cada 14 después, salvo que usted o su clínica lo cambien.',
  measureScheduleNoteSession:
    'Un punto de partida antes de la primera sesión de tratamiento o ese mismo día; luego, cada 7 días durante la inducción y cada 14 después, salvo que usted o su clínica lo cambien.',
  measuresPageTitle: 'Cuestionarios',
};
