// Puts a scenario's data in place the way a patient would (issue 10): on the options page, with
// the store build's own code and nothing added for the benchmark. "Delete all my data" first,
// as a fresh install; then the scenario's backup file (bench/seed/backupFiles.ts, written to
// disk) chosen under "Restore from a backup file", previewed, and Replace. A restore keeps a
// copy of the data from before: a patient who never restored anything has none, so it is removed
// ("Remove the copy") where the page offers it; `keepCopy` restores the file a second time instead, so the copy holds
// the same years of data (a patient who restored a backup over their data).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importTs } from './bundle.js';

const STEP_TIMEOUT = 120_000;

/** Loads the scenarios (bundled for Node into `outDir`); returns the seeding function. */
export async function seedThroughOptions(outDir) {
  const { scenarioFile, RESTORE_SENTENCES: say } = await importTs('bench/seed/backupFiles.ts', outDir);
  const filesDir = join(outDir, 'backups');
  mkdirSync(filesDir, { recursive: true });

  const eraseAll = async (page) => {
    await page.getByRole('button', { name: say.eraseStart, exact: true }).click();
    await page.getByRole('alertdialog', { name: say.eraseDialog }).getByRole('button', { name: say.eraseConfirm, exact: true }).click();
    await page.getByText(say.eraseDone, { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
  };

  const restore = async (page, file, doneSentence) => {
    await page.getByLabel(say.fileInput, { exact: true }).setInputFiles(file);
    await page.getByRole('region', { name: say.preview }).waitFor({ timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: say.replace, exact: true }).click();
    await page.getByText(doneSentence, { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
  };

  /**
   * Seeds `scenario` ('none', 'typical' or 'years') from `optionsUrl` (Afterglow's options page).
   * Returns what went in: the file's size and the page's closing sentence.
   */
  return async function seed(context, optionsUrl, scenario, { keepCopy = false } = {}) {
    const page = await context.newPage();
    try {
      await page.goto(optionsUrl);
      await eraseAll(page);
      if (scenario === 'none') return { scenario, file: null };
      // Made now, so "the last infusion was yesterday" holds on the day of the run.
      const { text, doneSentence } = scenarioFile(scenario, new Date());
      const file = join(filesDir, `afterglow-backup-${scenario}.json`);
      writeFileSync(file, text);
      await restore(page, file, doneSentence);
      if (keepCopy) await restore(page, file, doneSentence);
      else {
        // A copy of nothing (taken just after "Delete all my data") is not offered (issue 16):
        // then there is nothing to remove.
        const copy = page.getByRole('region', { name: say.copyRegion });
        const remove = copy.getByRole('button', { name: say.removeCopy, exact: true });
        const offered = await remove.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false);
        if (offered) {
          await remove.click({ timeout: STEP_TIMEOUT });
          await copy.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
        }
      }
      return { scenario, file, fileBytes: Buffer.byteLength(text), keepCopy, restored: doneSentence };
    } finally {
      await page.close();
    }
  };
}
