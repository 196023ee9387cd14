import { CrisisLink } from '@/components/CrisisLink';
import { t } from '@/utils/catalogue';
import type { CrisisCountry } from '@/utils/crisis/countries';
import type { SettingsSection } from '@/utils/settingsPage/sections';
import { SECTION_LABELS, SETTINGS_SECTIONS } from '@/utils/settingsPage/sections';

/**
 * The settings page's navigation (issue 14): plain links to each section's address, so the
 * browser's back button moves between them; beside the page on a wide window, along its top on
 * a narrow one, and always in view, with the crisis lines.
 */
export function SettingsNav({ current, crisisCountry }: { current: SettingsSection | null; crisisCountry: CrisisCountry }) {
  return (
    <nav class="settings-nav" aria-label={t('settingsNavLabel')}>
      <ul>
        {SETTINGS_SECTIONS.map((id) => (
          <li key={id}>
            <a href={`#${id}`} aria-current={id === current ? 'location' : undefined}>
              {t(SECTION_LABELS[id])}
            </a>
          </li>
        ))}
      </ul>
      <CrisisLink country={crisisCountry} />
    </nav>
  );
}
