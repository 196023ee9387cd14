import { useEffect, useState } from 'preact/hooks';
import type { SettingsSection } from '@/utils/settingsPage/sections';
import { sectionOf } from '@/utils/settingsPage/sections';

/**
 * The settings section the address names (`options.html#nudges`), following the back and
 * forward buttons. Once the page's content is there (`ready`), and on every change of address,
 * the section is scrolled to the top of the window: the page draws its sections only after its
 * one storage read, too late for the browser's own jump to the fragment.
 */
export function useSettingsSection(ready: boolean): SettingsSection | null {
  const [section, setSection] = useState(() => sectionOf(location.hash));
  useEffect(() => {
    const follow = () => setSection(sectionOf(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    if (ready && section) document.getElementById(section)?.scrollIntoView({ block: 'start' });
  }, [ready, section]);
  return section;
}
