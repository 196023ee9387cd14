import type { CatalogueSection } from './types';

/** Words shared by every page: the product, the care-team disclaimer, the crisis line. */
export const general = {
  extName: { message: 'Afterglow' },
  extDescription: {
    message:
      'The days after a ketamine treatment, and the habits that make its relief last, in view as you work. Nothing leaves this device.',
    description: 'The store and manifest description: at most 132 characters (Chrome Web Store).',
  },
  storeTagline: { message: 'The hours after an infusion, and the habits that help, in view.', description: 'On the store tile (docs/store/tile.png).' },
  notMedicalAdvice: {
    message: 'Not medical advice. Your care team decides what is right for you.',
  },
  crisisLink: { message: 'In crisis?' },
  crisisTitle: { message: 'If you are in crisis' },
  crisisBody: {
    message:
      'In the US, call or text 988 (Suicide & Crisis Lifeline) any time. In an emergency, call 911. Afterglow cannot see or answer what you enter here.',
  },
  crisisCall988: { message: 'Call 988' },
  crisisText988: { message: 'Text 988' },
  crisisCall911: { message: 'Call 911' },
  openOptions: { message: 'Settings and dates' },
  privacyOneLine: {
    message: 'Everything you enter stays in this browser. No account, no server; your clinic cannot see your entries.',
  },
} satisfies CatalogueSection;
