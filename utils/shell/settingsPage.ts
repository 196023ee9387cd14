import { browser } from 'wxt/browser';
import type { SettingsSection } from '@/utils/settingsPage/sections';

/**
 * Opens the settings page at one section (`options.html#habits`, issue 14) in a new tab.
 * runtime.openOptionsPage takes no fragment; tabs.create needs no permission.
 */
export function openSettingsAt(section: SettingsSection): void {
  void browser.tabs.create({ url: browser.runtime.getURL(`/options.html#${section}` as '/options.html') });
}
