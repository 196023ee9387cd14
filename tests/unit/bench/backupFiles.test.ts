import { describe, expect, it } from 'vitest';
import { RESTORE_SENTENCES, scenarioFile } from '@/bench/seed/backupFiles';
import { parseBackup } from '@/utils/backup/parse';

// The benchmark chooses these files on the options page (bench/seedThroughOptions.js) and waits
// for the page's sentence saying what went in.
const now = new Date(2026, 10, 27, 11, 0);

describe('the benchmark’s backup files', () => {
  it('are files the options page accepts, as "Download a backup" writes them', () => {
    for (const scenario of ['none', 'typical', 'years'] as const) {
      const { text } = scenarioFile(scenario, now);
      expect(parseBackup(text).ok).toBe(true);
      expect(text).toContain('\n  "format": "afterglow-backup"');
    }
  });

  it('stay under the 20 MB a restore accepts, five years included', () => {
    expect(scenarioFile('years', now).text.length).toBeLessThan(20 * 1024 * 1024);
  });

  it('expect the sentence the page shows after Replace, with the counts of the file', () => {
    expect(scenarioFile('typical', now).doneSentence).toMatch(
      /^Done\. Your data now holds treatment dates: 6, therapy sessions: 3, habits: 4, days with check-ins: (8\d|90)\.$/,
    );
    expect(scenarioFile('none', now).doneSentence).toBe('Done. Your data now holds treatment dates: 0, therapy sessions: 0, habits: 0, days with check-ins: 0.');
  });

  it('go by the page’s own labels', () => {
    expect(RESTORE_SENTENCES).toMatchObject({ fileInput: 'Restore from a backup file', replace: 'Replace', eraseStart: 'Delete all my data…' });
  });
});
