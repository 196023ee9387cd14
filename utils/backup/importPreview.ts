import type { Backup, BackupData } from './format';
import { emptyBackupData } from './format';
import { dataCounts, mergeBackupData, replaceBackupData } from './merge';
import type { MessageKey } from '@/utils/catalogue';
import { t } from '@/utils/catalogue';
import { dayStart } from '@/utils/time/dayKey';
import { formatFull } from '@/utils/time/format';
import { dateFormat } from '@/utils/time/intl';

/** One line of the import preview's table: a part of the data, in the file, now, and after each choice. */
export interface PreviewRow {
  id: string;
  label: string;
  file: string;
  now: string;
  replace: string;
  merge: string;
}

export interface ImportPreviewView {
  /** "Backup made Fri, 27 Nov 2026, 10:00 by Afterglow 0.1.0." */
  made: string;
  migrated: string | null;
  rows: PreviewRow[];
}

const dayFormat = dateFormat({ day: 'numeric', month: 'short', year: 'numeric' });
const day = (value: string) => dayFormat.format(/^\d{4}-\d{2}-\d{2}$/.test(value) ? dayStart(value) : new Date(value));

function withRange({ count, first, last }: { count: number; first: string | null; last: string | null }): string {
  if (count === 0 || !first || !last) return String(count);
  const [from, to] = [day(first), day(last)];
  return from === to ? t('previewRangeOne', count, from) : t('previewRange', count, from, to);
}

const afterMerge = (after: number, now: number) => (after > now ? t('previewNew', after, after - now) : String(after));

type Counted = 'infusions' | 'sessions' | 'checkinDays' | 'nudges' | 'moodDays';
// Both records come out of the same schemas, so their fields are in the same order.
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What a file holds, what the patient has now, and what each choice would leave them with. */
export function importPreview(current: BackupData, backup: Backup, migratedFrom: number | null): ImportPreviewView {
  const { format: _f, version: _v, exportedAt, exportedBy, ...incoming } = backup;
  const counts = {
    file: dataCounts(incoming),
    now: dataCounts(current),
    replace: dataCounts(replaceBackupData(incoming)),
    merge: dataCounts(mergeBackupData(current, incoming)),
  };
  const dated = (key: Counted, label: MessageKey): PreviewRow => ({
    id: key,
    label: t(label),
    file: withRange(counts.file[key]),
    now: String(counts.now[key].count),
    replace: String(counts.replace[key].count),
    merge: afterMerge(counts.merge[key].count, counts.now[key].count),
  });
  const counted = (key: 'habits' | 'recovery' | 'scores', label: MessageKey): PreviewRow => ({
    id: key,
    label: t(label),
    file: String(counts.file[key]),
    now: String(counts.now[key]),
    replace: String(counts.replace[key]),
    merge: afterMerge(counts.merge[key], counts.now[key]),
  });

  const defaults = emptyBackupData();
  const customised =
    !same(incoming.treatment.protocol, defaults.treatment.protocol) || !same(incoming.settings, defaults.settings);
  const rows: PreviewRow[] = [
    dated('infusions', 'previewRowInfusions'),
    dated('sessions', 'previewRowSessions'),
    counted('habits', 'previewRowHabits'),
    dated('checkinDays', 'previewRowCheckins'),
    dated('nudges', 'previewRowNudges'),
    {
      id: 'settings',
      label: t('previewRowSettings'),
      file: t(customised ? 'previewCustomised' : 'previewDefaults'),
      now: t('previewYours'),
      replace: t('previewFromFile'),
      merge: t('previewYoursKept'),
    },
  ];
  if (incoming.clinic || current.clinic) {
    const name = (clinic: BackupData['clinic']) => clinic?.profile.name ?? t('previewNoClinic');
    rows.push({
      id: 'clinic',
      label: t('previewRowClinic'),
      file: name(incoming.clinic),
      now: name(current.clinic),
      replace: name(incoming.clinic),
      merge: name(current.clinic ?? incoming.clinic),
    });
  }
  // Version 2: shown once either side holds any, so a file without them reads as before.
  if (counts.file.moodDays.count > 0 || counts.now.moodDays.count > 0) rows.push(dated('moodDays', 'previewRowMood'));
  if (counts.file.scores > 0 || counts.now.scores > 0) rows.push(counted('scores', 'previewRowScores'));
  if (counts.file.recovery > 0 || counts.now.recovery > 0) rows.push(counted('recovery', 'previewRowRecovery'));

  const made = formatFull(new Date(exportedAt));
  return {
    made: exportedBy ? t('previewMadeBy', made, exportedBy) : t('previewMadeOn', made),
    migrated: migratedFrom === null ? null : t('previewMigrated', migratedFrom),
    rows,
  };
}
