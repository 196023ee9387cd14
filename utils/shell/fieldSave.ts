import { browser } from 'wxt/browser';
import type { FieldEdit, FieldProblem } from '@/utils/stored/fieldEdits';
import { applyFieldEdit } from '@/utils/stored/fieldEdits';
import { editStored } from './snapshot';

/** The message a closing page sends the background with a field save still under way. */
export const FIELD_SAVE_MESSAGE = 'afterglow:field-save';

// A field saves as it is typed (issue 16). Its write waits for the storage lock and a fresh
// read; a tab closed in those few milliseconds would lose it. On pagehide each save still
// under way is handed to the background, which applies the same edit (a second apply of a
// value is the same as one).
const underWay = new Set<FieldEdit>();
let watching = false;
const handOver = () => {
  for (const edit of underWay) void browser.runtime.sendMessage({ type: FIELD_SAVE_MESSAGE, edit }).catch(() => undefined);
};

/** Saves one field's value; resolves to the field's problem, or null once written. */
export async function saveField(edit: FieldEdit): Promise<FieldProblem> {
  if (!watching && typeof window !== 'undefined') {
    window.addEventListener('pagehide', handOver);
    watching = true;
  }
  underWay.add(edit);
  try {
    return await editStored((snapshot) => applyFieldEdit(snapshot, edit));
  } finally {
    underWay.delete(edit);
  }
}
