import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, emptyBackupData, makeBackup } from '@/utils/backup/format';
import { parseBackup } from '@/utils/backup/parse';
import { DEFAULT_MEASURE_SETTINGS } from '@/utils/measures/settings';

// The version-1 contract of BACKUP.md (issue #6), verbatim, as every Afterglow of version 1 wrote it.
const V1_CONTRACT = `{ "format": "afterglow-backup", "version": 1, "exportedAt": "2026-11-27T10:00:00.000Z",
  "treatment": { "infusions": [ { "at": "2026-11-20T09:00:00.000Z", "kind": "infusion" } ] } }`;

const v1Full = {
  format: 'afterglow-backup',
  version: 1,
  exportedAt: '2026-11-27T10:00:00.000Z',
  treatment: { infusions: [{ at: '2026-11-20T09:00:00.000Z', kind: 'infusion' }], sessions: [] },
  history: { checkins: { '2026-11-21': { 'morning-light': 'done' } }, nudges: {} },
};

describe('backup format version 2 (mood, notes and questionnaires)', () => {
  it('is the current version', () => {
    expect(BACKUP_VERSION).toBe(2);
  });

  it('imports the version-1 contract file verbatim, saying it was migrated', () => {
    const result = parseBackup(V1_CONTRACT);
    expect(result).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!result.ok) return;
    expect(result.backup.version).toBe(2);
    expect(result.backup.treatment.infusions).toEqual([{ at: '2026-11-20T09:00:00.000Z', kind: 'infusion' }]);
    expect(result.backup.history.mood).toEqual({});
    expect(result.backup.history.scores).toEqual({});
    expect(result.backup.measures).toEqual(DEFAULT_MEASURE_SETTINGS);
  });

  it('keeps everything a fuller version-1 file holds', () => {
    const result = parseBackup(JSON.stringify(v1Full));
    expect(result.ok && result.backup.history.checkins).toEqual(v1Full.history.checkins);
  });

  it('still refuses a version-1 file with a version-2 section in it: version 1 never had one', () => {
    // The step is the identity: such a file is checked as version 2 and accepted, which is harmless,
    // as long as the fields are right. A wrong field is named like any other.
    const bad = { ...v1Full, history: { ...v1Full.history, mood: { '2026-11-21': { mood: 9, at: '2026-11-21T20:00:00.000Z' } } } };
    const result = parseBackup(JSON.stringify(bad));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^history\.mood\.2026-11-21\.mood /);
  });

  it('writes and reads back mood, notes, scores and their settings', () => {
    const data = emptyBackupData();
    data.history.mood = { '2026-11-21': { mood: 4, note: 'Walked by the river, "calm".', at: '2026-11-21T20:00:00.000Z' } };
    data.history.scores = {
      '2026-11-21': [
        { measure: 'phq9', at: '2026-11-21T20:05:00.000Z', answers: [1, 2, 1, 0, 0, 1, 2, 0, 0], difficulty: 1 },
        { measure: 'gad7', at: '2026-11-21T20:10:00.000Z', answers: [0, 1, 1, 0, 0, 1, 0] },
      ],
    };
    data.measures = { moodPrompts: false, inductionEveryDays: 10, maintenanceEveryDays: 21, nudge: true };
    const backup = makeBackup(data, new Date('2026-11-27T10:00:00.000Z'));
    expect(parseBackup(JSON.stringify(backup))).toEqual({ ok: true, backup, migratedFrom: null });
  });

  it('refuses a note over 1,000 characters and a questionnaire with the wrong number of answers', () => {
    const base = { format: 'afterglow-backup', version: 2, exportedAt: '2026-11-27T10:00:00.000Z' };
    const longNote = { ...base, history: { mood: { '2026-11-21': { mood: 3, note: 'x'.repeat(1001), at: '2026-11-21T20:00:00.000Z' } } } };
    expect(parseBackup(JSON.stringify(longNote)).ok).toBe(false);
    const short = { ...base, history: { scores: { '2026-11-21': [{ measure: 'phq9', at: '2026-11-21T20:00:00.000Z', answers: [0, 0, 0] }] } } };
    const result = parseBackup(JSON.stringify(short));
    expect(!result.ok && result.error).toMatch(/^history\.scores\.2026-11-21\[0\]/);
  });

  it('documents version 2 in BACKUP.md', () => {
    const doc = readFileSync('BACKUP.md', 'utf8');
    expect(doc).toContain('"version": 2');
    expect(doc).toContain('### measures');
  });
});

describe('the import preview of a version-2 file', () => {
  it('counts days with a mood and questionnaires answered, only when there are any', async () => {
    const { importPreview } = await import('@/utils/backup/importPreview');
    const data = emptyBackupData();
    expect(importPreview(data, makeBackup(data, new Date()), null).rows.map((r) => r.id)).not.toContain('moodDays');
    data.history.mood = { '2026-11-21': { mood: 4, at: '2026-11-21T20:00:00.000Z' } };
    data.history.scores = { '2026-11-21': [{ measure: 'gad7', at: '2026-11-21T20:10:00.000Z', answers: [0, 1, 1, 0, 0, 1, 0] }] };
    const rows = importPreview(emptyBackupData(), makeBackup(data, new Date()), null).rows;
    expect(rows.find((r) => r.id === 'moodDays')).toMatchObject({ label: 'Days with a mood', now: '0', replace: '1' });
    expect(rows.find((r) => r.id === 'scores')).toMatchObject({ label: 'PHQ-9 and GAD-7 answered', file: '1', merge: expect.stringContaining('1') });
  });
});
