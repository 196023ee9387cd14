import type { MessageKey } from '../index';
import { languageInfo } from './languageInfo';
import { general } from './general';
import { phase } from './phase';
import { options } from './options';
import { clinicLink } from './clinicLink';
import { habits } from './habits';
import { yourData } from './yourData';
import { nudges } from './nudges';
import { clinic } from './clinic';
import { measures } from './measures';
import { historyPage } from './historyPage';
import { popup } from './popup';
import { settingsSections } from './settingsSections';
import { clinicSchedule } from './clinicSchedule';
import { crisis } from './crisis';

/**
 * Every sentence in Spanish (issue 13), addressed as "usted" throughout. Each section's type
 * requires every key of its English twin, so a sentence added in English without its Spanish
 * fails to compile.
 */
export const es: Record<MessageKey, string> = {
  ...languageInfo,
  ...general,
  ...phase,
  ...options,
  ...clinicLink,
  ...habits,
  ...yourData,
  ...nudges,
  ...clinic,
  ...measures,
  ...historyPage,
  ...popup,
  ...settingsSections,
  ...clinicSchedule,
  ...crisis,
};
