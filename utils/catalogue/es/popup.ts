import type { popup as en } from '../popup';
import type { Translation } from '../types';

/** The popup section in Spanish (usted). */
export const popup: Translation<typeof en> = {
  habitScoreWhat: '¿Qué es la constancia?',
  logInfusion: 'Registrar infusión',
  logInfusionIm: 'Registrar inyección',
  logInfusionSession: 'Registrar sesión',
  logSession: 'Registrar sesión de terapia',
  logInfusionQuestion: '¿Desea registrar una infusión hoy?',
  logInfusionQuestionIm: '¿Desea registrar una inyección hoy?',
  logInfusionQuestionSession: '¿Desea registrar una sesión de tratamiento hoy?',
  logSessionQuestion: '¿Desea registrar una sesión de terapia hoy?',
  logTimeLabel: 'Hora',
  logConfirm: 'Registrar',
  logCancel: 'Cancelar',
  logTimeMalformed: 'Escriba una hora, por ejemplo 09:30.',
  logTimeLater: 'Esa hora todavía no ha llegado hoy. Escriba $1 o una hora anterior.',
  loggedInfusion: 'Infusión registrada, $1.',
  loggedInfusionIm: 'Inyección registrada, $1.',
  loggedInfusionSession: 'Sesión de tratamiento registrada, $1.',
  loggedSession: 'Sesión de terapia registrada, $1.',
  logUndo: 'Deshacer',
  logUndoneInfusion: 'Infusión eliminada.',
  logUndoneInfusionIm: 'Inyección eliminada.',
  logUndoneInfusionSession: 'Sesión de tratamiento eliminada.',
  logUndoneSession: 'Sesión de terapia eliminada.',
};
