import { makeBackup } from '@/utils/backup/format';
import { dataCounts, replaceBackupData } from '@/utils/backup/merge';
import { parseBackup } from '@/utils/backup/parse';
import { t } from '@/utils/catalogue';
import type { Infusion } from '@/utils/treatment/record';
import { scenarioData } from '@/bench/seed/scenarios';
import type { ScenarioFile } from '@/bench/seed/backupFiles';

/**
 * The example patients of the screenshots (issue 14), as backup files the options page restores
 * (scripts/screenshots.js chooses them under "Restore from a backup file", as the benchmark does).
 * Each is the benchmark's typical patient (4 habits with their nudges, 3 months of check-ins)
 * at another point of the course.
 */
export const EXAMPLES = ['window', 'induction', 'maintenance'] as const;
export type Example = (typeof EXAMPLES)[number];

export { RESTORE_SENTENCES } from '@/bench/seed/backupFiles';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Infusions at these times before `now`, oldest first. */
const infusionsAgo = (now: Date, ...msAgo: number[]): Infusion[] =>
  msAgo.map((ago) => ({ at: new Date(now.getTime() - ago).toISOString(), kind: 'infusion' as const })).sort((a, b) => a.at.localeCompare(b.at));

const TREATMENT: Record<Example, (now: Date) => Infusion[]> = {
  // The third of six, 10 hours ago: the window is open, 38 hours left, the series under way.
  window: (now) => infusionsAgo(now, 7 * DAY + 10 * HOUR, 3 * DAY + 10 * HOUR, 10 * HOUR),
  // The same series three days on: the window has closed, the fourth is due.
  induction: (now) => infusionsAgo(now, 10 * DAY, 6 * DAY, 3 * DAY),
  // The series of six done, the last 12 days ago.
  maintenance: (now) => infusionsAgo(now, 30 * DAY, 26 * DAY, 23 * DAY, 19 * DAY, 16 * DAY, 12 * DAY),
};

/** The backup file of `example` at `now`, and what the options page says once it is restored. */
export function exampleFile(example: Example, now: Date): ScenarioFile {
  const data = scenarioData('typical', now);
  data.treatment = { ...data.treatment, infusions: TREATMENT[example](now), sessions: [] };
  const text = JSON.stringify(makeBackup(data, now, 'Afterglow screenshots'), null, 2);
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(`screenshots: example ${example} is not a valid backup: ${parsed.error}`);
  const { format: _f, version: _v, exportedAt: _e, exportedBy: _b, ...incoming } = parsed.backup;
  const c = dataCounts(replaceBackupData(incoming));
  return { text, doneSentence: t('applyDone', c.infusions.count, c.sessions.count, c.habits, c.checkinDays.count) };
}

/** The words on the store images and the example clinic: the product's own, from the catalogue. */
export const WORDS = {
  name: t('extName'),
  description: t('extDescription'),
  privacy: t('privacyOneLine'),
  tagline: t('storeTagline'),
  clinicName: t('clinicNameLabel'),
  clinicPhone: t('clinicPhoneLabel'),
  exampleClinic: 'Example Ketamine Clinic',
};
