import type { clinicSchedule as en } from '../clinicSchedule';
import type { Translation } from '../types';

/** The Spanish twin of utils/catalogue/clinicSchedule.ts (forma usted). */
export const clinicSchedule: Translation<typeof en> = {
  clinicStagesTick: 'Fijar el calendario después de la fase de inducción',
  clinicStagesTickHint:
    'Empieza con las etapas habituales del tipo elegido arriba. Sin marcar, sus pacientes reciben las etapas habituales de ese tipo, o conservan las suyas si no se elige ningún tipo.',
  clinicStagesEmpty: 'Sin etapas: después de la fase de inducción, los tratamientos son según se necesiten.',
  clinicScheduleHeading: 'El calendario que leerán sus pacientes',
  clinicMeasuresLegend: 'Cuestionarios (PHQ-9 y GAD-7)',
  clinicMeasuresIntro: 'Con qué frecuencia se pide a sus pacientes que los respondan. Cada paciente puede cambiarlo.',
  clinicEveryDays: 'cada $1 días',
  clinicMeasuresInduction: 'PHQ-9 y GAD-7 durante la fase de inducción',
  clinicMeasuresMaintenance: 'PHQ-9 y GAD-7 después de la fase de inducción',
  clinicFieldMeasures: 'calendario de cuestionarios',
};
