import type { phase as en } from '../phase';
import type { Translation } from '../types';

/** The phase section in Spanish (usted). */
export const phase: Translation<typeof en> = {
  phaseBefore: 'Antes del tratamiento',
  phaseInduction: 'Inducción: infusión $1 de $2',
  phaseInductionTitle: 'Inducción',
  inductionFigure: '$1 de {{$2: one=# infusión completada | other=# infusiones completadas}}',
  phaseMaintenance: 'Mantenimiento',
  phaseWindowOpen: 'Ventana abierta',
  windowHoursLeft: '{{$1: one=Queda # hora | other=Quedan # horas}}',
  windowOneHourLeft: 'Queda menos de 1 hora',
  windowEndsAt: 'La ventana se cierra $1.',
  inductionProgress: 'Infusión $1 de $2 de la fase de inducción',
  nextInfusionScheduled: 'Próxima infusión: $1',
  nextInfusionSuggested: 'Próxima infusión sugerida para $1, aproximadamente (consulte con su clínica)',
  daysSinceLast: '{{$1: one=# día | other=# días}} desde su última infusión',
  daysSinceLastOne: '1 día desde su última infusión',
  daysSinceLastToday: 'Su última infusión fue hoy',
  boosterDue: 'Según su calendario, le toca un refuerzo ($1). Hable con su clínica.',
  boosterOverdue: 'La fecha de su recordatorio de refuerzo era $1. Hable con su clínica si ya es momento.',
  boosterNext: 'Recordatorio de refuerzo: $1',
  // The guidance line below it says it is a rest day and not to drive (guidanceRestDay): each said once (issue 14).
  restDay: 'Sin avisos para moverse ni para salir al aire libre hasta $1.',
  firstScreenTitle: 'Le damos la bienvenida a Afterglow',
  firstScreenBody:
    'Agregue las fechas de sus infusiones y Afterglow le mostrará en qué punto de su tratamiento está, aquí mismo en la barra de herramientas.',
  firstScreenAction: 'Agregar las fechas de sus infusiones',
  windowProgressLabel: 'Tiempo que queda de la ventana',
  today: 'hoy',
  tomorrow: 'mañana',

  // The tooltip on the toolbar button: always a whole sentence.
  titleWindowInduction: 'Ventana abierta: {{$1: one=queda # hora | other=quedan # horas}} · infusión $2 de $3',
  titleWindowMaintenance: 'Ventana abierta: {{$1: one=queda # hora | other=quedan # horas}} · mantenimiento',
  titleInduction: 'Infusión $1 de $2 completada · ventana cerrada',
  titleMaintenance: 'Mantenimiento · $1',
  titleBoosterDue: 'Mantenimiento · recordatorio de refuerzo ($1): hable con su clínica',
  titleBeforePlanned: 'Afterglow: próxima infusión $1',
  titleBefore: 'Afterglow: agregue las fechas de sus infusiones para empezar',

  // One short line of guidance per phase. Sources: docs/clinical-defaults.md (#phases, #the-window, #rest-day, #relapse).
  guidanceBefore:
    'Antes de su primera infusión, piense en un hábito que le gustaría empezar o dejar. Los días después de una infusión son un buen momento para comenzar.',
  guidanceWindow:
    'Estas horas son un buen momento para reflexionar, ir a terapia, recibir luz del día y empezar algo nuevo. Hágalo con calma y sin presiones.',
  guidanceRestDay: 'El día de la infusión es un día de descanso. Tómelo con calma y no conduzca hasta mañana.',
  guidanceInduction:
    'Entre infusiones, la luz del día por la mañana, algo de movimiento que disfrute y un horario de sueño regular ayudan al tratamiento.',
  guidanceMaintenance:
    'Mantenga los hábitos que le ayudan. Si su estado de ánimo empeora, hable pronto con su equipo de atención médica; no espere.',
  guidanceBoosterDue:
    'Llegó la fecha de su recordatorio de refuerzo. Su equipo de atención médica decide si necesita uno y cuándo.',

  // The same sentences in the words of the other kinds (issue 15): "Im" for intramuscular
  // injections, "Session" for esketamine nasal spray and at-home sessions, which are treatment
  // sessions (never to be confused with therapy sessions).
  phaseInductionIm: 'Inducción: inyección $1 de $2',
  phaseInductionSession: 'Inducción: sesión $1 de $2',
  inductionProgressIm: 'Inyección $1 de $2 de la fase de inducción',
  inductionProgressSession: 'Sesión de tratamiento $1 de $2 de la fase de inducción',
  nextInfusionScheduledIm: 'Próxima inyección: $1',
  nextInfusionScheduledSession: 'Próxima sesión de tratamiento: $1',
  nextInfusionSuggestedIm: 'Próxima inyección sugerida para $1, aproximadamente (consulte con su clínica)',
  nextInfusionSuggestedSession: 'Próxima sesión de tratamiento sugerida para $1, aproximadamente (consulte con su clínica)',
  daysSinceLastIm: '{{$1: one=# día | other=# días}} desde su última inyección',
  daysSinceLastSession: '{{$1: one=# día | other=# días}} desde su última sesión de tratamiento',
  daysSinceLastOneIm: '1 día desde su última inyección',
  daysSinceLastOneSession: '1 día desde su última sesión de tratamiento',
  daysSinceLastTodayIm: 'Su última inyección fue hoy',
  daysSinceLastTodaySession: 'Su última sesión de tratamiento fue hoy',
  firstScreenBodyIm:
    'Agregue las fechas de sus inyecciones y Afterglow le mostrará en qué punto de su tratamiento está, aquí mismo en la barra de herramientas.',
  firstScreenBodySession:
    'Agregue las fechas de sus sesiones de tratamiento y Afterglow le mostrará en qué punto de su tratamiento está, aquí mismo en la barra de herramientas.',
  firstScreenActionIm: 'Agregar las fechas de sus inyecciones',
  firstScreenActionSession: 'Agregar las fechas de sus sesiones de tratamiento',
  titleWindowInductionIm: 'Ventana abierta: {{$1: one=queda # hora | other=quedan # horas}} · inyección $2 de $3',
  titleWindowInductionSession: 'Ventana abierta: {{$1: one=queda # hora | other=quedan # horas}} · sesión $2 de $3',
  titleInductionIm: 'Inyección $1 de $2 completada · ventana cerrada',
  titleInductionSession: 'Sesión $1 de $2 completada · ventana cerrada',
  titleBeforePlannedIm: 'Afterglow: próxima inyección $1',
  titleBeforePlannedSession: 'Afterglow: próxima sesión de tratamiento $1',
  inductionFigureIm: '$1 de {{$2: one=# inyección completada | other=# inyecciones completadas}}',
  inductionFigureSession: '$1 de {{$2: one=# sesión de tratamiento completada | other=# sesiones de tratamiento completadas}}',
  titleBeforeIm: 'Afterglow: agregue las fechas de sus inyecciones para empezar',
  titleBeforeSession: 'Afterglow: agregue las fechas de sus sesiones de tratamiento para empezar',
  guidanceBeforeIm:
    'Antes de su primera inyección, piense en un hábito que le gustaría empezar o dejar. Los días después de una inyección son un buen momento para comenzar.',
  guidanceBeforeSession:
    'Antes de su primera sesión de tratamiento, piense en un hábito que le gustaría empezar o dejar. Los días después de una sesión de tratamiento son un buen momento para comenzar.',
  guidanceInductionIm:
    'Entre inyecciones, la luz del día por la mañana, algo de movimiento que disfrute y un horario de sueño regular ayudan al tratamiento.',
  guidanceInductionSession:
    'Entre sesiones de tratamiento, la luz del día por la mañana, algo de movimiento que disfrute y un horario de sueño regular ayudan al tratamiento.',

  // The rest day in each family's words (docs/clinical-defaults.md#rest-day).
  restDayIm: 'Día de descanso: sin avisos para moverse ni para salir al aire libre hasta $1. No conduzca hoy.',
  restDaySession:
    'Día de descanso: sin avisos para moverse ni para salir al aire libre hasta $1. No conduzca ni use maquinaria hasta mañana, después de un sueño reparador.',
  guidanceRestDayIm: 'El día de la inyección es un día de descanso. Tómelo con calma y no conduzca hasta mañana.',
  guidanceRestDaySession:
    'El día del tratamiento es un día de descanso. No conduzca ni use maquinaria hasta el día siguiente, después de un sueño reparador.',

  // Where the schedule is: "Semana 6: una vez por semana".
  stageWeek: 'Semana $1: $2',
  cadence1: 'una vez por semana',
  cadence2: 'dos veces por semana',
  cadence3: '3 veces por semana',
  cadenceEvery1: 'una vez cada {{$1: one=# semana | other=# semanas}}',
  cadenceEvery2: 'dos veces cada {{$1: one=# semana | other=# semanas}}',
  cadenceEvery3: '3 veces cada {{$1: one=# semana | other=# semanas}}',
};
