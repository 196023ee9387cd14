import type { CatalogueSection } from './types';

/** Why a clinic link or code was refused. Each ends by saying nothing changed. */
export const clinicLink = {
  clinicErrorEmpty: { message: 'Paste the link or code your clinic gave you.' },
  clinicErrorNotALink: { message: 'This does not look like an Afterglow clinic link or setup code. Check that you copied all of it. Nothing was changed.' },
  clinicErrorTooLong: { message: 'This clinic link is longer than any Afterglow link can be ($1 characters; the limit is $2). Nothing was changed.' },
  clinicErrorNewerVersion: { message: 'This clinic link was made by a newer version of Afterglow (format $1). Update Afterglow, then try again. Nothing was changed.' },
  clinicErrorDamaged: {
    message: 'This clinic link or setup code is damaged or incomplete. Copy all of it, or check each group against the handout (capital and small letters differ), or ask your clinic for it again. Nothing was changed.',
  },
  clinicErrorPatientField: { message: 'This link carries a field about a patient ("$1"), which a clinic link must never do. It was not used. Nothing was changed.' },
  clinicErrorMarkup: { message: 'The $1 in this link contains code or markup, which a clinic link may not carry. Nothing was changed.' },
  clinicErrorUnknownField: { message: 'This clinic link has a field Afterglow does not know ("$1"). Ask your clinic for a new link. Nothing was changed.' },
  clinicErrorField: { message: 'The $1 in this clinic link is not valid: $2. Nothing was changed.' },
  clinicErrorWebsite: { message: 'The clinic website must be an https:// address. Nothing was changed.' },

  clinicFieldName: { message: 'clinic name' },
  clinicFieldPhone: { message: 'clinic phone' },
  clinicFieldWebsite: { message: 'website' },
  clinicFieldWelcome: { message: 'welcome message' },
  clinicFieldProtocol: { message: 'protocol' },
  clinicFieldPresets: { message: 'habit presets' },
  clinicFieldNudgeTexts: { message: 'nudge texts' },
} satisfies CatalogueSection;
