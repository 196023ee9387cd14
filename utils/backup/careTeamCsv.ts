import type { BackupData } from './format';
import { t } from '@/utils/catalogue';
import { dayKey } from '@/utils/time/dayKey';
import { BAND_KEYS } from '@/utils/measures/questionnaires';
import { bandOf } from '@/utils/measures/score';

/**
 * Check-ins and nudges as CSV for the care team (RFC 4180: comma-separated, CRLF line ends,
 * a field with a comma, quote or line break in double quotes, quotes doubled).
 */

// A spreadsheet runs a cell that begins with one of these as a formula, and a habit name is
// the patient's own text: such a cell gets a leading apostrophe, which spreadsheets show as
// text (OWASP, "CSV Injection").
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvText(rows: string[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

// Excel on Windows reads a CSV without a byte-order mark in the system's legacy code page, so
// "Méditation" arrives as "MÃ©ditation" (issue 14). The UTF-8 BOM before the first cell makes
// it read UTF-8; RFC 4180 readers (and Python's utf-8-sig, pandas, LibreOffice) skip it.
export const BYTE_ORDER_MARK = '\uFEFF';

/** The text of a CSV file to save: the byte-order mark, then the rows. */
export function csvFile(rows: string[][]): string {
  return BYTE_ORDER_MARK + csvText(rows);
}

const pad = (n: number) => String(n).padStart(2, '0');
/** "14:05" in the browser's time zone: the time the patient lived it. */
const localTime = (date: Date) => `${pad(date.getHours())}:${pad(date.getMinutes())}`;

function habitNames(data: BackupData): (id: string) => string {
  const names = new Map(data.habits.habits.map((h) => [h.id, h.name]));
  return (id) => names.get(id) ?? id;
}

/** One row per habit per day with a check-in, oldest first. */
export function checkinsCsv(data: BackupData): string {
  const name = habitNames(data);
  const rows = Object.entries(data.history.checkins)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([day, checkins]) =>
      Object.entries(checkins)
        .sort(([a], [b]) => name(a).localeCompare(name(b)))
        .map(([id, status]) => [day, name(id), id, t(status === 'done' ? 'csvDone' : 'csvSkipped')]),
    );
  return csvFile([[t('csvDate'), t('csvHabit'), t('csvHabitId'), t('csvStatus')], ...rows]);
}

/** One row per logged nudge, oldest first, with the local date and time and the UTC moment. */
export function nudgesCsv(data: BackupData): string {
  const name = habitNames(data);
  const rows = Object.values(data.history.nudges)
    .flat()
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((entry) => {
      const at = new Date(entry.at);
      return [dayKey(at), localTime(at), at.toISOString(), name(entry.habitId), entry.habitId, entry.outcome, entry.reason ?? ''];
    });
  const header = [t('csvDate'), t('csvTime'), t('csvAt'), t('csvHabit'), t('csvHabitId'), t('csvOutcome'), t('csvReason')];
  return csvFile([header, ...rows]);
}

/** One row per day with a mood, oldest first: the level, its word, and the note. */
export function moodCsv(data: BackupData): string {
  const rows = Object.entries(data.history.mood)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, entry]) => [day, String(entry.mood), t(`mood${entry.mood}` as 'mood1'), entry.note ?? '']);
  return csvFile([[t('csvDate'), t('csvMood'), t('csvMoodWord'), t('csvNote')], ...rows]);
}

/** One row per questionnaire answered, oldest first: the score summed from its answers, and its band. */
export function scoresCsv(data: BackupData): string {
  const rows = Object.values(data.history.scores)
    .flat()
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    .map((entry) => {
      const at = new Date(entry.at);
      const total = entry.answers.reduce<number>((sum, a) => sum + a, 0);
      return [
        dayKey(at),
        localTime(at),
        t(`${entry.measure}Name` as 'phq9Name'),
        String(total),
        t(BAND_KEYS[bandOf(entry.measure, total).id]),
        entry.answers.join(' '),
        entry.difficulty === undefined ? '' : String(entry.difficulty),
      ];
    });
  const header = [t('csvDate'), t('csvTime'), t('csvMeasure'), t('csvScore'), t('csvBand'), t('csvAnswers'), t('csvDifficulty')];
  return csvFile([header, ...rows]);
}
