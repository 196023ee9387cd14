import type { CatalogueSection } from './types';

/**
 * The crisis lines, by the patient's country (utils/crisis/countries.ts): what CrisisLink and the
 * item-9 panel say above each country's lines, the links' words, and the setting that chooses the
 * country. Every number here has its source in docs/crisis-lines.md.
 */
export const crisis = {
  // Above the lines; the numbers are the ones the links below them dial.
  crisisIntroUS: {
    message: 'In the United States, call or text 988 (Suicide & Crisis Lifeline) any time. In an emergency, call 911.',
    source: '988lifeline.org, "What to expect"; docs/crisis-lines.md#united-states',
  },
  crisisIntroCA: {
    message: 'In Canada, call or text 988 (Suicide Crisis Helpline) any time. In an emergency, call 911.',
    source: 'Public Health Agency of Canada, 30 November 2023; CAMH; docs/crisis-lines.md#canada',
  },
  crisisIntroMX: {
    message: 'In Mexico, call the Línea de la Vida free on 800 911 2000, any time. In an emergency, call 911.',
    source: 'Secretaría de Salud (Línea de la Vida, CONASAMA), as reported by El Universal, 24 December 2025; docs/crisis-lines.md#mexico',
  },
  crisisIntroES: {
    message: 'In Spain, call 024 (the line for suicidal thoughts) free, any time. In an emergency, call 112.',
    source: 'Ministerio de Sanidad (024, since 10 May 2022), as reported by RTVE; docs/crisis-lines.md#spain',
  },
  crisisIntroGB: {
    message: 'In the United Kingdom, call Samaritans free on 116 123, day or night. In an emergency, call 999.',
    source: 'samaritans.org; NHS; docs/crisis-lines.md#united-kingdom',
  },
  crisisIntroOther: {
    message: 'In an emergency, call your local emergency number. Find A Helpline lists free crisis lines country by country.',
    source: 'findahelpline.com; docs/crisis-lines.md#another-country',
  },
  crisisNotSeen: { message: 'Afterglow cannot see or answer what you enter here.' },
  // Item 9 of the PHQ-9 answered above "Not at all": the panel's words before the country's lines.
  crisisPanelReachOut: {
    message: 'You answered that you have had thoughts of being better off dead or of hurting yourself. Please talk to someone now.',
    source: 'Simon 2013; docs/clinical-defaults.md#crisis-help',
  },

  // The links. "Call 988" and "Text 988" are the words the end-to-end tests look for.
  crisisCall988: { message: 'Call 988' },
  crisisText988: { message: 'Text 988' },
  crisisCall988Spanish: { message: 'Spanish: dial 988, then press 2', description: 'Calls 988; the greeting offers Spanish on 2.' },
  crisisText988Spanish: { message: 'Text AYUDA to 988 (Spanish)', description: 'Opens a text to 988; AYUDA is typed by the patient.' },
  crisisCall911: { message: 'Call 911' },
  crisisCallSamaritans: { message: 'Call Samaritans: 116 123' },
  crisisCall999: { message: 'Call 999' },
  crisisCallLineaDeLaVida: { message: 'Call Línea de la Vida: 800 911 2000' },
  crisisCall024: { message: 'Call 024' },
  crisisCall112: { message: 'Call 112' },
  crisisFindLine: { message: 'Find a crisis line in your country', description: 'Opens findahelpline.com in a new tab.' },

  // The setting (options page, About): the lines follow the country, not the language.
  crisisCountryLabel: { message: 'Country for crisis lines' },
  crisisCountryAuto: { message: 'From this browser’s region: $1', description: '$1: the country the browser’s region gives, e.g. "United States".' },
  crisisCountryHint: {
    message: 'The crisis lines on every page are this country’s, whatever language Afterglow is in. Choose the country you are in now.',
  },
  crisisCountryNotSaved: { message: 'The country could not be saved ($1). The lines shown are still the ones before; please choose again.' },
  crisisCountryUS: { message: 'United States' },
  crisisCountryCA: { message: 'Canada' },
  crisisCountryMX: { message: 'Mexico' },
  crisisCountryES: { message: 'Spain' },
  crisisCountryGB: { message: 'United Kingdom' },
  crisisCountryOther: { message: 'Another country' },
} satisfies CatalogueSection;
