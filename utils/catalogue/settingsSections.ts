import type { CatalogueSection } from './types';

/** The settings page's sections and their navigation; the popup's header (issue 14). */
export const settingsSections = {
  settingsNavLabel: { message: 'Settings sections' },
  sectionTreatment: { message: 'Treatment' },
  sectionHabits: { message: 'Habits' },
  sectionNudges: { message: 'Nudges' },
  sectionClinic: { message: 'Clinic' },
  sectionData: { message: 'Your data' },
  sectionAbout: { message: 'About' },
  aboutHeading: { message: 'About Afterglow' },
  aboutWhat: {
    message:
      'Afterglow keeps the hours after each ketamine treatment, where you are in your treatment, and the habits that help the relief last in view while you work.',
  },
  aboutVersion: { message: 'Version $1' },
} satisfies CatalogueSection;
