import type { historyPage as en } from '../historyPage';
import type { Translation } from '../types';

/** The historyPage section in Spanish (usted). */
export const historyPage: Translation<typeof en> = {
  historyTitle: 'Su historial',
  historyIntro:
    'Cómo han cambiado su estado de ánimo, sus puntuaciones y sus hábitos a lo largo del tratamiento. Todo lo que ve aquí se queda en este navegador.',
  historyRange: 'Mostrar',
  range4w: '4 semanas',
  range3m: '3 meses',
  range1y: '1 año',
  rangeAll: 'Todo',
  moodChartTitle: 'Estado de ánimo a lo largo del tiempo',
  moodChartLegend: 'Las líneas marcan las infusiones; las franjas sombreadas son las ventanas que les siguen.',
  moodChartLegendIm: 'Las líneas marcan las inyecciones; las franjas sombreadas son las ventanas que les siguen.',
  moodChartLegendSession: 'Las líneas marcan las sesiones de tratamiento; las franjas sombreadas son las ventanas que les siguen.',
  moodSummary:
    'Estado de ánimo registrado en $1 de {{$2: one=# día | other=# días}}, con un promedio de $3 (de 1, muy bajo, a 5, muy bueno), y {{$4: one=# infusión | other=# infusiones}} en este periodo.',
  moodSummaryIm:
    'Estado de ánimo registrado en $1 de {{$2: one=# día | other=# días}}, con un promedio de $3 (de 1, muy bajo, a 5, muy bueno), y {{$4: one=# inyección | other=# inyecciones}} en este periodo.',
  moodSummarySession:
    'Estado de ánimo registrado en $1 de {{$2: one=# día | other=# días}}, con un promedio de $3 (de 1, muy bajo, a 5, muy bueno), y {{$4: one=# sesión de tratamiento | other=# sesiones de tratamiento}} en este periodo.',
  moodSummaryNone: 'No hay estado de ánimo registrado en este periodo; {{$1: one=# infusión | other=# infusiones}} en este periodo.',
  moodSummaryNoneIm: 'No hay estado de ánimo registrado en este periodo; {{$1: one=# inyección | other=# inyecciones}} en este periodo.',
  moodSummaryNoneSession:
    'No hay estado de ánimo registrado en este periodo; {{$1: one=# sesión de tratamiento | other=# sesiones de tratamiento}} en este periodo.',
  tableDay: 'Día',
  tableMood: 'Estado de ánimo',
  tableInWindow: 'En la ventana',
  tableInfusion: 'Infusión',
  tableInfusionIm: 'Inyección',
  tableInfusionSession: 'Sesión de tratamiento',
  yes: 'sí',
  showNumbers: 'Los números del gráfico',
  scoreChartTitle: '$1 a lo largo del tiempo',
  scoreChartLegend:
    'Línea discontinua: la mitad de su primera puntuación (respuesta). Línea punteada: menos de 5 (remisión, PHQ-9). Un círculo marca un cambio de 5 puntos o más.',
  scoreSummaryChange: 'Su $1 pasó de $2 a $3 desde su primera puntuación: un $4% $5.',
  scoreSummaryOne: 'Por ahora tiene una sola puntuación del $1: $2. Es su punto de partida.',
  scoreSummaryNone: 'No hay puntuaciones del $1 en este periodo.',
  lower: 'más baja',
  higher: 'más alta',
  tableDate: 'Fecha',
  tableScore: 'Puntuación',
  tableBand: 'Nivel',
  tableChange: 'Cambio respecto a la anterior',
  tableVsBaseline: 'Frente al punto de partida',
  baselineMark: 'punto de partida',
  responseMark: 'respuesta (la mitad)',
  remissionMark: 'remisión (menos de 5)',
  setAsideScores:
    '{{$1: one=No se pudo leer # puntuación guardada. Se deja aparte, no se muestra y se conserva en su copia de seguridad. | other=No se pudieron leer # puntuaciones guardadas. Se dejan aparte, no se muestran y se conservan en su copia de seguridad.}}',
  habitCalendarTitle: 'Hábitos, día a día',
  habitCalendarSummary:
    '$1: hecho {{$2: one=# día | other=# días}}, omitido $3, no hecho $4, de {{$5: one=# día mostrado | other=# días mostrados}}.',
  habitWeekCounts: 'Hecho por semana',
  weekOf: 'Semana del $1',
  dayDone: 'hecho',
  daySkipped: 'omitido',
  dayMissed: 'no hecho',
  noHabits: 'Todavía no hay hábitos.',
  comparisonsTitle: 'Lo que coincidió',
  comparisonsNote:
    'Son observaciones de sus propios registros, no causas: muchas cosas influyen en el estado de ánimo. Solo se muestran cuando cada lado tiene al menos 3 días.',
  comparisonWindow:
    'Su estado de ánimo tuvo un promedio de $1 en {{$2: one=# día | other=# días}} dentro de la ventana y de $3 en {{$4: one=# día | other=# días}} fuera de ella.',
  comparisonHabit:
    'Su estado de ánimo tuvo un promedio de $1 en {{$2: one=# día | other=# días}} en que hizo “$3” y de $4 en {{$5: one=# día | other=# días}} en que no lo hizo.',
  comparisonsNone: 'Todavía no hay suficientes días para comparar (se necesitan al menos 3 de cada lado).',
};
