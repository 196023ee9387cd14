import type { settingsSections as en } from '../settingsSections';
import type { Translation } from '../types';

/** The settingsSections section in Spanish (usted). */
export const settingsSections: Translation<typeof en> = {
  settingsNavLabel: 'Secciones de la configuración',
  sectionTreatment: 'Tratamiento',
  sectionHabits: 'Hábitos',
  sectionNudges: 'Avisos',
  sectionClinic: 'Clínica',
  sectionData: 'Sus datos',
  sectionAbout: 'Acerca de',
  aboutHeading: 'Acerca de Afterglow',
  aboutWhat:
    'Mientras usted trabaja, Afterglow le muestra las horas después de cada tratamiento con ketamina, en qué punto de su tratamiento está y los hábitos que ayudan a que el alivio dure.',
  aboutVersion: 'Versión $1',
};
