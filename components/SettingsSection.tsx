import type { ComponentChildren } from 'preact';
import type { SettingsSection as Section } from '@/utils/settingsPage/sections';

/** One section of the settings page, at its own address (`#habits`): a wrapper, the forms inside unchanged. */
export function SettingsSection({ id, children }: { id: Section; children: ComponentChildren }) {
  return (
    <div class="settings-section stack" id={id} data-section={id} tabIndex={-1}>
      {children}
    </div>
  );
}
