import { browser } from 'wxt/browser';
import { FIELD_SAVE_MESSAGE } from '@/utils/shell/fieldSave';
import { applyFieldEdit, isFieldEdit } from '@/utils/stored/fieldEdits';
import { editStored } from '@/utils/shell/snapshot';

/**
 * Finishes a field save a page handed over as it closed (utils/shell/fieldSave.ts). Only the
 * extension's own pages may ask; the edit refuses bad values itself, as on the page.
 */
export function registerFieldSaves(): void {
  const pages = browser.runtime.getURL('/');
  browser.runtime.onMessage.addListener((message, sender) => {
    const { type, edit } = (message ?? {}) as { type?: unknown; edit?: unknown };
    if (type !== FIELD_SAVE_MESSAGE || sender.id !== browser.runtime.id || !sender.url?.startsWith(pages) || !isFieldEdit(edit)) return undefined;
    void editStored((snapshot) => applyFieldEdit(snapshot, edit));
    return undefined;
  });
}
