import type { Scenario } from '@/bench/seed/scenarios';
import { scenarioData } from '@/bench/seed/scenarios';
import { makeBackup } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/parse';
import { weekDayKeys } from '@/utils/time/dayKey';
import { weekStartsOnFor } from '@/utils/habits/progress';
import { applyImport } from '@/utils/shell/backupStore';
import { eraseAllData } from '@/utils/shell/eraseData';
import { loadHabits } from '@/utils/shell/habitsStore';
import { clearSafetyCopy } from '@/utils/shell/safetyCopy';
import { refreshScoreSummary } from '@/utils/shell/scoreSummaryStore';
import { loadWeekStartsOn } from '@/utils/shell/weekStartSetting';

/**
 * The benchmark's seeding page (bench/run.js, issue 7): puts a scenario's data in place through
 * the product's own paths, never by writing storage keys by hand. Wiring only; the data is
 * bench/seed/scenarios.ts.
 */
export interface SeedOptions {
  /** Keep the copy an import leaves behind (a patient who restored a backup over their data). */
  keepCopy?: boolean;
}

async function seed(scenario: Scenario, options: SeedOptions = {}) {
  const now = new Date();
  // As "Delete all my data" leaves it: the state of a fresh install.
  await eraseAllData();
  const backup = makeBackup(scenarioData(scenario, now), now, 'Afterglow benchmark');
  // The same check a restored file gets, so the bench never seeds what the product would refuse.
  const text = JSON.stringify(backup);
  const parsed = parseBackup(text);
  if (!parsed.ok) throw new Error(`bench: scenario ${scenario} is not a valid backup: ${parsed.error}`);
  if (scenario !== 'none') {
    // Restoring a backup writes all history in one IndexedDB transaction, then the stored items.
    await applyImport(parsed.backup, 'replace');
    if (options.keepCopy) await applyImport(parsed.backup, 'replace');
  }
  // A patient who never restored anything has no kept copy.
  if (!options.keepCopy) await clearSafetyCopy();
  // The score summary as the popup keeps it week to week (it refreshes once a week).
  const habits = (await loadHabits()).habits;
  const weekStart = weekDayKeys(now, weekStartsOnFor(await loadWeekStartsOn()))[0]!;
  await refreshScoreSummary(habits, weekStart);
  const { history, treatment } = parsed.backup;
  return {
    backupBytes: text.length,
    infusions: treatment.infusions.length,
    sessions: treatment.sessions.length,
    habits: habits.length,
    checkinDays: Object.keys(history.checkins).length,
    nudgeLogEntries: Object.values(history.nudges).reduce((sum, day) => sum + day.length, 0),
  };
}

declare global {
  interface Window {
    seed: typeof seed;
  }
}
window.seed = seed;
