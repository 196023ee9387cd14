import { describe, expect, it } from 'vitest';
import { SECTION_LABELS, SETTINGS_SECTIONS, sectionOf } from '@/utils/settingsPage/sections';
import { t } from '@/utils/catalogue';

describe('the settings page’s section addresses', () => {
  it.each([
    ['#nudges', 'nudges'],
    ['habits', 'habits'],
    ['#data', 'data'],
    ['', null],
    ['#', null],
    ['#nudges-heading', null],
    ['#constructor', null],
  ])('reads "%s" as %s', (hash, section) => {
    expect(sectionOf(hash)).toBe(section);
  });

  it('names each section in the navigation, in the order of the page', () => {
    expect(SETTINGS_SECTIONS.map((id) => t(SECTION_LABELS[id]))).toEqual(['Treatment', 'Habits', 'Nudges', 'Clinic', 'Your data', 'About']);
  });
});
