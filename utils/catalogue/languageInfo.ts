import type { CatalogueSection } from './types';

/** What a catalogue says about itself (issue 13). */
export const languageInfo = {
  catalogueLocale: {
    message: 'en',
    description:
      'The language tag of this catalogue (en, es). Dates, numbers and plural forms are formatted in it, so they always match the words on the page, whatever the browser reports.',
  },
} satisfies CatalogueSection;
