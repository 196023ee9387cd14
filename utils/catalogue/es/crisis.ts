import type { crisis as en } from '../crisis';
import type { Translation } from '../types';

/**
 * The crisis lines in Spanish (issue 13), addressing the patient as "usted". The lines follow the
 * country, not the language: these are the same numbers the English shows, in Spanish words.
 * The services' own names (Suicide & Crisis Lifeline, Samaritans, Find A Helpline) stay as they
 * are: that is what the patient hears when they answer.
 */
export const crisis: Translation<typeof en> = {
  crisisIntroUS: 'En Estados Unidos, llame o envíe un mensaje de texto al 988 (Suicide & Crisis Lifeline) a cualquier hora. En una emergencia, llame al 911.',
  crisisIntroCA: 'En Canadá, llame o envíe un mensaje de texto al 988 (Suicide Crisis Helpline) a cualquier hora. En una emergencia, llame al 911.',
  crisisIntroMX: 'En México, llame gratis a la Línea de la Vida al 800 911 2000, a cualquier hora. En una emergencia, llame al 911.',
  crisisIntroES: 'En España, llame gratis al 024 (línea de atención a la conducta suicida), a cualquier hora. En una emergencia, llame al 112.',
  crisisIntroGB: 'En el Reino Unido, llame gratis a Samaritans al 116 123, de día o de noche. En una emergencia, llame al 999.',
  crisisIntroOther: 'En una emergencia, llame al número de emergencias de su país. Find A Helpline reúne líneas de crisis gratuitas de cada país.',
  crisisNotSeen: 'Afterglow no puede ver ni responder lo que usted escribe aquí.',
  crisisPanelReachOut: 'Usted respondió que ha tenido pensamientos de que estaría mejor muerto(a) o de hacerse daño. Por favor, hable con alguien ahora.',
  crisisCall988: 'Llamar al 988',
  crisisText988: 'Enviar un mensaje de texto al 988',
  crisisCall988Spanish: 'En español: marque el 988 y luego el 2',
  crisisText988Spanish: 'Escriba AYUDA al 988 (en español)',
  crisisCall911: 'Llamar al 911',
  crisisCallSamaritans: 'Llamar a Samaritans: 116 123',
  crisisCall999: 'Llamar al 999',
  crisisCallLineaDeLaVida: 'Llamar a la Línea de la Vida: 800 911 2000',
  crisisCall024: 'Llamar al 024',
  crisisCall112: 'Llamar al 112',
  crisisFindLine: 'Buscar una línea de crisis en su país',
  crisisCountryLabel: 'País para las líneas de crisis',
  crisisCountryAuto: 'Según la región de este navegador: $1',
  crisisCountryHint: 'Las líneas de crisis de cada página son las de este país, sea cual sea el idioma de Afterglow. Elija el país donde se encuentra ahora.',
  crisisCountryNotSaved: 'No se pudo guardar el país ($1). Las líneas que se muestran siguen siendo las de antes; elíjalo de nuevo, por favor.',
  crisisCountryUS: 'Estados Unidos',
  crisisCountryCA: 'Canadá',
  crisisCountryMX: 'México',
  crisisCountryES: 'España',
  crisisCountryGB: 'Reino Unido',
  crisisCountryOther: 'Otro país',
};
