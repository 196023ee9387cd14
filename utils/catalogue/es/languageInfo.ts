import type { languageInfo as en } from '../languageInfo';
import type { Translation } from '../types';

export const languageInfo: Translation<typeof en> = {
  catalogueLocale: 'es',
};
