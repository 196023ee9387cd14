import type { MessageKey } from '@/utils/catalogue';

/**
 * The settings page's sections, in order, each with its own address (`options.html#nudges`)
 * so the popup can link straight to one and the back button moves between them (issue 14).
 */
export const SETTINGS_SECTIONS = ['treatment', 'habits', 'nudges', 'clinic', 'data', 'about'] as const;
export type SettingsSection = (typeof SETTINGS_SECTIONS)[number];

export const SECTION_LABELS: Record<SettingsSection, MessageKey> = {
  treatment: 'sectionTreatment',
  habits: 'sectionHabits',
  nudges: 'sectionNudges',
  clinic: 'sectionClinic',
  data: 'sectionData',
  about: 'sectionAbout',
};

/** The section a URL fragment names ("#habits"), or null for none or an unknown one. */
export function sectionOf(hash: string): SettingsSection | null {
  const id = hash.replace(/^#/, '');
  return (SETTINGS_SECTIONS as readonly string[]).includes(id) ? (id as SettingsSection) : null;
}
