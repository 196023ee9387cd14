import { makeBackup } from '@/utils/backup/format';
import { dataCounts, replaceBackupData } from '@/utils/backup/merge';
import { parseBackup } from '@/utils/backup/parse';
import { t } from '@/utils/catalogue';
import type { Scenario } from './scenarios';
import { scenarioData } from './scenarios';

/**
 * What the benchmark hands the options page (issue 10): each scenario as the backup file a
 * patient would choose under "Restore from a backup file", and the page's sentences along the
 * way, from the catalogue, so the bench follows the page's wording. bench/seed.js bundles this
 * for Node and drives the page with it.
 */
export { SCENARIOS, SCENARIO_LABELS } from './scenarios';
export type { Scenario } from './scenarios';

export interface ScenarioFile {
  /** The backup file's text, as "Download a backup" writes it. */
  text: string;
  /** What the options page says once Replace has written it: the counts of what went in. */
  doneSentence: string;
}

/** The backup file of `scenario` at `now`; throws if the product would refuse it. */
export function scenarioFile(scenario: Scenario, now: Date): ScenarioFile {
  const text = JSON.stringify(makeBackup(scenarioData(scenario, now), now, 'Afterglow benchmark'), null, 2);
  // The same check a chosen file gets, so the bench never hands the page what it would refuse.
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(`bench: scenario ${scenario} is not a valid backup: ${parsed.error}`);
  const { format: _f, version: _v, exportedAt: _e, exportedBy: _b, ...incoming } = parsed.backup;
  // As the options page words it after a replace (entrypoints/options/DataSection.tsx).
  const c = dataCounts(replaceBackupData(incoming));
  return { text, doneSentence: t('applyDone', c.infusions.count, c.sessions.count, c.habits, c.checkinDays.count) };
}

/** The options page's labels and sentences that the seeding goes by, as a patient reads them. */
export const RESTORE_SENTENCES = {
  fileInput: t('importLabel'),
  preview: t('previewHeading'),
  replace: t('previewReplace'),
  copyRegion: t('safetyCopyHeading'),
  removeCopy: t('safetyCopyDiscard'),
  eraseStart: t('eraseStart'),
  eraseDialog: t('eraseConfirmHeading'),
  eraseConfirm: t('eraseConfirm'),
  eraseDone: t('eraseDone'),
};
