import type { CatalogueSection } from './types';

/** Words shared by every page: the product, the care-team disclaimer, the crisis link (its lines: ./crisis.ts). */
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
  openOptions: { message: 'Settings and dates' },
  privacyOneLine: {
    message: 'Everything you enter stays in this browser. No account, no server; your clinic cannot see your entries.',
  },
} satisfies CatalogueSection;
