import type { general as en } from '../general';
import type { Translation } from '../types';

/** The general section in Spanish (usted). */
export const general: Translation<typeof en> = {
  extName: 'Afterglow',
  extDescription:
    'Los días tras un tratamiento con ketamina y los hábitos que prolongan su alivio, a la vista mientras trabaja. Nada sale del equipo.',
  storeTagline: 'Las horas después de una infusión, y los hábitos que ayudan, a la vista.',
  notMedicalAdvice: 'Esto no es consejo médico. Su equipo de atención médica decide lo que es adecuado para usted.',
  crisisLink: '¿Está en crisis?',
  crisisTitle: 'Si está en crisis',
  openOptions: 'Configuración y fechas',
  privacyOneLine:
    'Todo lo que usted escribe se queda en este navegador. Sin cuenta, sin servidor; su clínica no puede ver sus registros.',
};
