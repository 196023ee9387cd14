import type { habits as en } from '../habits';
import type { Translation } from '../types';

/** The habits section in Spanish (usted). */
export const habits: Translation<typeof en> = {
  // Preset names: the options page's switches and the popup's toggles say exactly these.
  habitMorningLight: 'Luz de la mañana al aire libre',
  habitEveningLight: 'Luz del atardecer al aire libre',
  habitMovement: 'Movimiento',
  habitMovementBreaks: 'Pausas activas frente a la computadora',
  habitWindDown: 'Relajarse antes de dormir',
  habitReflect: 'Reflexionar durante la ventana',
  habitTherapy: 'Asistir a la sesión de terapia',

  activityWalk: 'Caminar',
  activityYoga: 'Yoga',
  activitySwim: 'Nadar',
  activityRun: 'Correr',
  activityStrength: 'Ejercicios de fuerza',
  activityOwn: 'Otra cosa',
  activityLabel: '$1: tipo',
  activityOwnLabel: '$1: en sus propias palabras',

  // The popup.
  habitsTodayHeading: 'Hoy',
  habitsNone: 'Todavía no ha elegido hábitos. Para empezar, uno o dos son suficientes.',
  habitsChoose: 'Elegir hábitos',
  habitWeekCount: '$1 de $2 esta semana',
  habitSkippedToday: 'omitido hoy',
  habitScore: 'constancia $1%',
  habitScoreExplain:
    'La constancia sube cuando cumple su meta y baja despacio cuando no la alcanza: un día o una semana sin cumplirla solo la baja un poco y nunca la devuelve a cero.',
  guidanceHabitsWindow:
    'Su ventana está abierta: es un buen momento para empezar un hábito o mantener uno. Los pasos pequeños cuentan.',
  goalOfferGrow:
    '$1: {{$2: one=# vez | other=# veces}} por semana, dos semanas seguidas. ¿Quiere probar con {{$3: one=# vez | other=# veces}} por semana?',
  goalOfferShrink:
    '$1: las últimas dos semanas fueron muy ocupadas. ¿Le vendría mejor {{$2: one=# vez | other=# veces}} por semana por ahora?',
  goalOfferAccept: 'Sí, {{$1: one=# vez | other=# veces}} por semana',
  goalOfferNotNow: 'Ahora no',

  // The options page.
  habitsHeading: 'Sus hábitos',
  habitsIntro: 'Empiece poco a poco: uno o dos hábitos son suficientes. Puede cambiarlos cuando quiera.',
  habitPresetsLegend: 'Hábitos sugeridos',
  guidanceLightCaution:
    'Si tiene trastorno bipolar, consulte a su equipo de atención médica antes de empezar una rutina de luz: la luz intensa puede provocar hipomanía.',
  habitsCustomHeading: 'Sus propios hábitos',
  habitsCustomNone:
    'Un hábito para empezar o uno para dejar: los días después de un tratamiento son un buen momento para ambos.',
  habitsArchivedHeading: 'Archivados (se conserva su historial)',
  goalPerLabel: '$1: con qué frecuencia',
  goalHowOften: 'Con qué frecuencia',
  goalDaily: 'Todos los días',
  goalWeekly: 'Veces por semana',
  goalTimesLabel: '$1: veces por semana',
  goalTimesHint: 'De $1 a $2.',
  habitPausedNote: 'En pausa: sin avisos, y sus días cuentan como omitidos.',
  habitPause: 'Pausar',
  habitResume: 'Reanudar',
  habitArchive: 'Archivar',
  habitArchivedUndo: 'Se archivó: $1 (se conserva su historial) ·',
  habitUndoArchive: 'Deshacer el archivado de $1',
  habitRestore: 'Restaurar',
  habitAction: '$1 $2',
  habitNameLabel: 'Nombre del hábito',
  habitRenameLabel: 'Nombre de $1',
  directionLegend: 'Tipo de hábito',
  directionBuild: 'Uno para empezar (estirarse al mediodía)',
  directionStop: 'Uno para dejar (sin teléfono después de las 22:00)',
  addHabit: 'Agregar hábito',
  backfillHeading: 'Completar los últimos 7 días',
  backfillIntro:
    '¿Olvidó marcar algo? Márquelo como hecho, u omitido en un día de enfermedad o de viaje: los días omitidos no cuentan ni interrumpen nada.',
  backfillCell: '$1, $2',
  checkinNone: 'Sin marcar',
  checkinDone: 'Hecho',
  checkinSkip: 'Omitido',
  habitWeekStartLabel: 'La semana empieza el',
  habitWeekStartLocale: 'Según su configuración de idioma ($1)',

  habitErrorNameEmpty: 'Póngale un nombre al hábito.',
  habitErrorNameLong: 'Use un nombre de {{$1: one=# carácter | other=# caracteres}} o menos.',
  habitErrorNameTaken: 'Ya tiene un hábito llamado "$1".',
  habitErrorGoalRange: 'Escriba un número entero de veces por semana, de $1 a $2.',
  habitErrorTooMany:
    'Afterglow guarda hasta {{$1: one=# hábito | other=# hábitos}}. Archive uno que ya no use y luego agregue este.',
  habitErrorActivityLong: 'Use {{$1: one=# carácter | other=# caracteres}} o menos.',
  habitErrorGone: 'Ese hábito ya no existe. Vuelva a cargar la página e inténtelo de nuevo.',
  habitErrorBackfillRange: 'Puede completar hoy y los 6 días anteriores.',
};
