import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { appendNudgeLog, historyStore, readCheckins, readNudgeLog, writeCheckin } from '@/utils/shell/history';

beforeEach(() => clear(historyStore));

describe('history in IndexedDB', () => {
  it('records, reads and undoes a check-in per day', async () => {
    await writeCheckin('2026-11-27', 'morning-light', 'done');
    await writeCheckin('2026-11-27', 'movement', 'skip');
    expect(await readCheckins(['2026-11-26', '2026-11-27'])).toEqual([{}, { 'morning-light': 'done', movement: 'skip' }]);
    await writeCheckin('2026-11-27', 'morning-light', null);
    expect(await readCheckins(['2026-11-27'])).toEqual([{ movement: 'skip' }]);
  });

  it('loses nothing when two writers update the same day at once', async () => {
    await Promise.all([
      writeCheckin('2026-11-27', 'a', 'done'),
      writeCheckin('2026-11-27', 'b', 'done'),
      appendNudgeLog('2026-11-27', { at: '2026-11-27T08:00:00.000Z', habitId: 'a', outcome: 'shown' }),
      appendNudgeLog('2026-11-27', { at: '2026-11-27T08:01:00.000Z', habitId: 'a', outcome: 'done' }),
    ]);
    expect(await readCheckins(['2026-11-27'])).toEqual([{ a: 'done', b: 'done' }]);
    expect((await readNudgeLog(['2026-11-27']))[0]!.map((e) => e.outcome)).toEqual(['shown', 'done']);
  });
});
