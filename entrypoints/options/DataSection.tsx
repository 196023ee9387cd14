import { useEffect, useState } from 'preact/hooks';
import { BackupPanel } from '@/components/BackupPanel';
import { CareTeamExports } from '@/components/CareTeamExports';
import { EraseData } from '@/components/EraseData';
import type { ApplyStep } from '@/components/ImportPreview';
import { ImportPreview } from '@/components/ImportPreview';
import { SafetyCopyNotice } from '@/components/SafetyCopyNotice';
import type { Backup } from '@/utils/backup/format';
import { dataCounts, holdsNothing } from '@/utils/backup/merge';
import { t } from '@/utils/catalogue';
import { dayKey } from '@/utils/time/dayKey';
import { formatFull } from '@/utils/time/format';
import type { ImportPreviewView } from '@/utils/backup/importPreview';
import { importPreview } from '@/utils/backup/importPreview';
import { readBackupFile } from '@/utils/shell/backupFile';
import type { ImportMode } from '@/utils/shell/backupStore';
import { applyImport, currentBackup, readCheckedSafetyCopy, readStoredData } from '@/utils/shell/backupStore';
import { downloadText } from '@/utils/shell/download';
import { eraseAllData } from '@/utils/shell/eraseData';
import { clearSafetyCopy } from '@/utils/shell/safetyCopy';
import '@/components/yourData.css';

type Pending = { backup: Backup; view: ImportPreviewView; step: ApplyStep };
type Copy = { takenAt: string; backup: Backup };

const stamp = () => dayKey(new Date());
const problem = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The options page's "Your data": backup and restore, files for the care team, delete everything. */
export function DataSection() {
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<{ sentence: string; unchanged: boolean } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [copy, setCopy] = useState<Copy | null>(null);
  const [busy, setBusy] = useState(false);
  // Each action here counts up: a message from an earlier one ("All your data was deleted")
  // goes as soon as the next starts (issue 16).
  const [actions, setActions] = useState(0);
  const acted = () => setActions((n) => n + 1);

  const refreshCopy = () => readCheckedSafetyCopy().then(setCopy);
  useEffect(() => void refreshCopy(), []);

  const choose = async (file: File) => {
    acted();
    setPending(null);
    setError(null);
    setStatus(t('importReading'));
    try {
      const parsed = await readBackupFile(file);
      if (!parsed.ok) return setError({ sentence: parsed.error, unchanged: true });
      const view = importPreview(await readStoredData(), parsed.backup, parsed.migratedFrom);
      setPending({ backup: parsed.backup, view, step: null });
    } catch (failure) {
      // The file went away or could not be opened after it was chosen.
      setError({ sentence: t('importUnreadable', problem(failure)), unchanged: true });
    } finally {
      setStatus(null);
    }
  };

  // One path for an import and for going back to the kept copy: copy first, then write.
  const restore = async (backup: Backup, mode: ImportMode, done: (counts: ReturnType<typeof dataCounts>) => string) => {
    acted();
    setBusy(true);
    setError(null);
    try {
      const result = await applyImport(backup, mode, (step) => setPending((p) => p && { ...p, step }));
      setStatus(done(dataCounts(result)));
    } catch (failure) {
      setError({ sentence: t('applyFailed', problem(failure)), unchanged: false });
    }
    setPending(null);
    setBusy(false);
    await refreshCopy();
  };
  const applied = (c: ReturnType<typeof dataCounts>) => t('applyDone', c.infusions.count, c.sessions.count, c.habits, c.checkinDays.count);

  // "afterglow-backup-2026-11-27.json": the day in the name tells copies apart.
  const download = async (name: string, extension: string, type: string, make: () => Promise<string>) => {
    try {
      downloadText(`afterglow-${name}-${stamp()}.${extension}`, await make(), `${type};charset=utf-8`);
    } catch (failure) {
      setError({ sentence: t('exportFailed', problem(failure)), unchanged: true });
    }
  };
  // The CSV and calendar code (ical-generator) load only when a file is asked for.
  const csv = () => import('@/utils/backup/careTeamCsv');
  const exports = {
    backup: () => download('backup', 'json', 'application/json', async () => JSON.stringify(await currentBackup(), null, 2)),
    checkins: () => download('checkins', 'csv', 'text/csv', async () => (await csv()).checkinsCsv(await readStoredData())),
    nudges: () => download('nudges', 'csv', 'text/csv', async () => (await csv()).nudgesCsv(await readStoredData())),
    mood: () => download('mood', 'csv', 'text/csv', async () => (await csv()).moodCsv(await readStoredData())),
    scores: () => download('scores', 'csv', 'text/csv', async () => (await csv()).scoresCsv(await readStoredData())),
    calendar: () =>
      download('calendar', 'ics', 'text/calendar', async () =>
        (await import('@/utils/backup/careTeamCalendar')).treatmentCalendar((await readStoredData()).treatment, new Date()),
      ),
  };

  const erase = async () => {
    try {
      await eraseAllData();
      setPending(null);
      setError(null);
      setStatus(null);
      setCopy(null);
      return t('eraseDone');
    } catch (failure) {
      return t('eraseFailed', problem(failure));
    }
  };

  const counted = copy && dataCounts(copy.backup);
  const copyCounts = counted && !holdsNothing(counted) ? counted : null;
  return (
    <section class="stack your-data" aria-labelledby="data-heading">
      <h2 id="data-heading">{t('dataHeading')}</h2>
      <p class="muted">{t('dataIntro')}</p>
      <BackupPanel error={error} status={status} busy={busy} onDownload={() => void exports.backup()} onChoose={(file) => void choose(file)}>
        {pending && (
          <ImportPreview
            view={pending.view}
            step={pending.step}
            onReplace={() => void restore(pending.backup, 'replace', applied)}
            onMerge={() => void restore(pending.backup, 'merge', applied)}
            onCancel={() => setPending(null)}
          />
        )}
      </BackupPanel>
      {copy && copyCounts && (
        <SafetyCopyNotice
          description={t('safetyCopyBody', formatFull(new Date(copy.takenAt)), copyCounts.infusions.count, copyCounts.habits, copyCounts.checkinDays.count)}
          busy={busy}
          onRestore={() => void restore(copy.backup, 'replace', () => t('safetyCopyRestored', formatFull(new Date(copy.takenAt))))}
          onDiscard={() => void clearSafetyCopy().then(refreshCopy)}
        />
      )}
      <CareTeamExports
        onCheckinsCsv={() => void exports.checkins()}
        onNudgesCsv={() => void exports.nudges()}
        onMoodCsv={() => void exports.mood()}
        onScoresCsv={() => void exports.scores()}
        onCalendar={() => void exports.calendar()}
        summaryHref="/summary.html"
      />
      <EraseData onErase={erase} lastAction={actions} />
    </section>
  );
}
