import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerFieldSaves } from '@/entrypoints/background/fieldSaves';
import { FIELD_SAVE_MESSAGE } from '@/utils/shell/fieldSave';
import { applyFieldEdit, type FieldEdit } from '@/utils/stored/fieldEdits';
import { EMPTY_SNAPSHOT } from '@/utils/stored/snapshot';
import { settingsItem, treatmentItem } from '@/tests/support/stored';
import { hoursDraft } from '@/utils/nudges/edits';

describe('field edits: the same edit on the page and, if the page closed first, in the background', () => {
  it('writes a valid protocol number and refuses one out of range', () => {
    expect(applyFieldEdit(EMPTY_SNAPSHOT, { field: 'protocol', key: 'windowHours', raw: '72' }).write?.treatment?.protocol.windowHours).toBe(72);
    expect(applyFieldEdit(EMPTY_SNAPSHOT, { field: 'protocol', key: 'windowHours', raw: '100' })).toEqual({
      write: null,
      result: { field: 'windowHours', error: 'Window after an infusion (hours): enter a whole number from 24 to 72.' },
    });
  });

  it('says a nudge that is gone is gone, and writes nothing', () => {
    const edit: FieldEdit = { field: 'rule', habitId: 'morning-light', index: 0, draft: { time: '07:00', weekdays: [1], minutesBefore: '', everyMinutes: '' }, label: 'x' };
    expect(applyFieldEdit(EMPTY_SNAPSHOT, edit).write).toBeNull();
  });

  it('the background finishes a save handed over by one of the extension’s pages, and ignores anyone else', async () => {
    registerFieldSaves();
    const send = (message: unknown, sender: object) => fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
    const page = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
    await send({ type: FIELD_SAVE_MESSAGE, edit: { field: 'protocol', key: 'inductionCount', raw: '8' } }, { ...page, url: 'https://example.org/' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await treatmentItem.getValue()).protocol.inductionCount).toBe(6);
    await send({ type: FIELD_SAVE_MESSAGE, edit: { field: 'protocol', key: 'inductionCount', raw: '8' } }, page);
    await send({ type: FIELD_SAVE_MESSAGE, edit: { field: 'hours', draft: { ...hoursDraft(EMPTY_SNAPSHOT.settings), bedtime: '23:30' } } }, page);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await treatmentItem.getValue()).protocol.inductionCount).toBe(8);
    expect((await settingsItem.getValue()).bedtime).toBe('23:30');
  });
});
