import { clear } from 'idb-keyval';
import { clearHistory } from './historyBulk';
import { claimsStore } from './nudgeClaims';
import { clearSafetyCopy } from './safetyCopy';
import { forgetScoreSummary } from './scoreSummaryStore';
import { clearStored } from './storageWrites';

/**
 * Deletes everything Afterglow keeps, leaving it as after a fresh install: the history, the
 * copy kept before an import, the habit scores derived from history and the record of which
 * nudges were shown (IndexedDB), then every stored item (storage.local). The
 * storage change comes last, so when the background reacts to it (badge, alarms) there is
 * nothing left to find.
 */
export async function eraseAllData(): Promise<void> {
  await Promise.all([clearHistory(), clearSafetyCopy(), forgetScoreSummary(), clear(claimsStore)]);
  await clearStored();
}
