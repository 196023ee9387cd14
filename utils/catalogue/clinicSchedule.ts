import type { CatalogueSection } from './types';

/**
 * What a clinic link sets of the schedule beyond the protocol numbers: the stages after the
 * series (the builder's stages editor) and how often the questionnaires come (issue 11), in the
 * builder, the preview and the patient's confirmation. The stage fields reuse the options
 * page's words (options.ts), so an error reads the same in both places.
 */
export const clinicSchedule = {
  // The link builder: the stages after the series.
  clinicStagesTick: { message: 'Set the schedule after the series' },
  clinicStagesTickHint: {
    message: 'Starts from the usual stages of the kind chosen above. Unticked, patients get that kind’s usual stages, or keep their own when no kind is set.',
  },
  clinicStagesEmpty: { message: 'No stages: after the series, treatments are as needed.' },
  clinicScheduleHeading: { message: 'The schedule your patients will read' },

  // The link builder: the questionnaires (docs/clinical-defaults.md#measures).
  clinicMeasuresLegend: { message: 'Questionnaires (PHQ-9 and GAD-7)' },
  clinicMeasuresIntro: { message: 'How often patients are asked to answer them. Each patient can still change it.' },

  // How the questionnaires' schedule reads, in the preview and the patient's confirmation.
  clinicEveryDays: { message: 'every $1 days' },
  clinicMeasuresInduction: { message: 'PHQ-9 and GAD-7 during the series' },
  clinicMeasuresMaintenance: { message: 'PHQ-9 and GAD-7 after the series' },

  // Why a link is refused: "The questionnaire schedule in this clinic link is not valid: …".
  clinicFieldMeasures: { message: 'questionnaire schedule' },
} satisfies CatalogueSection;
