import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyBackupData } from '@/utils/backup/format';
import { treatmentCalendar } from '@/utils/backup/careTeamCalendar';
import { checkinsCsv, csvCell, csvText, moodCsv, nudgesCsv, scoresCsv } from '@/utils/backup/careTeamCsv';
import type { Habit } from '@/utils/habits/record';
import { DEFAULT_PROTOCOL } from '@/utils/treatment/record';

/**
 * A small RFC 4180 reader, to check that what is written reads back as the same cells. Like
 * every UTF-8 reader, it drops a leading byte-order mark.
 */
function readCsv(file: string): string[][] {
  const text = file.startsWith('\uFEFF') ? file.slice(1) : file;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('CSV cells (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['', ''],
  ])('writes %j as %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it.each([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', `"'\r=1"`],
  ])('keeps a spreadsheet from running %j', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });

  it('ends every line with CRLF, the last one too', () => {
    expect(csvText([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
  });

  it('reads back as the same cells for any text, with no cell starting a formula', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('=1+1', "'=x", '"', ',', '\r\n', '@a', '-1')), { minLength: 1, maxLength: 4 }),
          { minLength: 1, maxLength: 5 },
        ),
        (rows) => {
          const back = readCsv(csvText(rows));
          expect(back).toHaveLength(rows.length);
          back.forEach((row, r) =>
            row.forEach((cell, c) => {
              const original = rows[r]![c]!;
              expect(cell).toBe(/^[=+\-@\t\r]/.test(original) ? `'${original}` : original);
              expect(cell).not.toMatch(/^[=+\-@\t\r]/);
            }),
          );
        },
      ),
    );
  });
});

const habit = (id: string, name: string): Habit => ({
  id,
  preset: null,
  name,
  direction: 'build',
  goal: { per: 'day' },
  status: 'active',
  createdAt: '2026-11-01T08:00:00.000Z',
  nudges: [],
});

describe('the care team’s CSV files', () => {
  const data = emptyBackupData();
  data.habits.habits = [habit('custom-walk', '=walk, the dog'), habit('morning-light', 'Morning light outside')];
  data.history.checkins = {
    '2026-11-21': { 'morning-light': 'skip' },
    '2026-11-20': { 'morning-light': 'done', 'custom-walk': 'done', 'gone-habit': 'done' },
  };
  data.history.nudges = {
    '2026-11-20': [
      { at: '2026-11-20T17:30:00.000Z', habitId: 'custom-walk', outcome: 'snoozed' },
      { at: '2026-11-20T07:00:00.000Z', habitId: 'morning-light', outcome: 'dropped', reason: 'quiet-hours' },
    ],
  };

  it('lists check-ins day by day, oldest first, with the habit’s name escaped', () => {
    expect(readCsv(checkinsCsv(data))).toEqual([
      ['date', 'habit', 'habit id', 'status'],
      ['2026-11-20', "'=walk, the dog", 'custom-walk', 'done'],
      ['2026-11-20', 'gone-habit', 'gone-habit', 'done'],
      ['2026-11-20', 'Morning light outside', 'morning-light', 'done'],
      ['2026-11-21', 'Morning light outside', 'morning-light', 'skipped'],
    ]);
  });

  it('lists nudges in time order with the local date and time and the UTC moment', () => {
    const rows = readCsv(nudgesCsv(data));
    expect(rows[0]).toEqual(['date', 'time', 'moment (UTC)', 'habit', 'habit id', 'outcome', 'reason']);
    const local = (iso: string) => {
      const d = new Date(iso);
      const pad = (n: number) => String(n).padStart(2, '0');
      return [`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, `${pad(d.getHours())}:${pad(d.getMinutes())}`];
    };
    expect(rows.slice(1)).toEqual([
      [...local('2026-11-20T07:00:00.000Z'), '2026-11-20T07:00:00.000Z', 'Morning light outside', 'morning-light', 'dropped', 'quiet-hours'],
      [...local('2026-11-20T17:30:00.000Z'), '2026-11-20T17:30:00.000Z', "'=walk, the dog", 'custom-walk', 'snoozed', ''],
    ]);
  });

  it('gives just the header when there is no history', () => {
    expect(checkinsCsv(emptyBackupData())).toBe('\uFEFFdate,habit,habit id,status\r\n');
  });

  it('starts each file with the UTF-8 byte-order mark, once, so Excel reads accents as written', () => {
    const accented = { ...data, habits: { ...data.habits, habits: data.habits.habits.map((h) => ({ ...h, name: 'Méditation' })) } };
    for (const file of [checkinsCsv(accented), nudgesCsv(accented)]) {
      expect(file.charCodeAt(0)).toBe(0xfeff);
      expect(file.indexOf('\uFEFF', 1)).toBe(-1);
      expect(new TextEncoder().encode(file).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    }
    expect(readCsv(checkinsCsv(accented)).map((row) => row[1])).toContain('Méditation');
  });
});

describe('the calendar file (.ics)', () => {
  const record = {
    infusions: [
      { at: '2026-11-20T09:00:00.000Z', kind: 'infusion' as const, note: 'bring a jumper; ask about dose, timing' },
      { at: '2027-01-08T14:30:00.000Z', kind: 'booster' as const },
    ],
    sessions: [{ at: '2026-11-22T15:00:00.000Z', kind: 'integration' as const }],
    protocol: DEFAULT_PROTOCOL,
  };
  const ics = treatmentCalendar(record, new Date('2026-11-27T10:00:00.000Z'));
  const unfolded = ics.replace(/\r\n /g, '');

  it('holds one event per past and planned infusion and session, with CRLF line ends', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('dates each event in UTC and names it plainly', () => {
    expect(unfolded).toContain('DTSTART:20261120T090000Z\r\nSUMMARY:Ketamine infusion');
    expect(unfolded).toContain('DTSTART:20270108T143000Z\r\nSUMMARY:Ketamine booster infusion');
    expect(unfolded).toContain('DTSTART:20261122T150000Z\r\nSUMMARY:Therapy session: Integration');
    expect(unfolded).toContain('DTSTAMP:20261127T100000Z');
  });

  it('escapes the note as iCalendar text', () => {
    expect(unfolded).toContain('DESCRIPTION:bring a jumper\\; ask about dose\\, timing');
  });

  it('gives each event a UID from its kind and minute, the same in every export', () => {
    expect(unfolded).toContain('UID:infusion-20261120T0900@afterglow.invalid');
    expect(unfolded).toContain('UID:session-20261122T1500@afterglow.invalid');
    expect(treatmentCalendar(record, new Date('2027-02-01T00:00:00.000Z')).match(/UID:[^\r]+/g)).toEqual(ics.match(/UID:[^\r]+/g));
  });

  it('makes a valid empty calendar when nothing is entered', () => {
    const empty = treatmentCalendar({ infusions: [], sessions: [], protocol: DEFAULT_PROTOCOL }, new Date());
    expect(empty).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r?\n?$/);
    expect(empty).not.toContain('VEVENT');
  });
});

describe('mood and scores for the care team', () => {
  it('lists each day’s mood with its word and note, oldest first, notes escaped', () => {
    const data = emptyBackupData();
    data.history.mood = {
      '2026-11-21': { mood: 4, note: '=walk, "calm"', at: '2026-11-21T20:00:00.000Z' },
      '2026-11-20': { mood: 1, at: '2026-11-20T20:00:00.000Z' },
    };
    expect(readCsv(moodCsv(data))).toEqual([
      ['date', 'mood (1 very low to 5 very good)', 'mood', 'note'],
      ['2026-11-20', '1', 'Very low', ''],
      ['2026-11-21', '4', 'Good', `'=walk, "calm"`],
    ]);
  });

  it('lists each questionnaire with the score summed from its answers and the band', () => {
    const data = emptyBackupData();
    data.history.scores = {
      '2026-11-20': [
        { measure: 'phq9', at: '2026-11-20T12:05:00.000Z', answers: [2, 2, 2, 2, 2, 0, 0, 0, 1], difficulty: 2 },
        { measure: 'gad7', at: '2026-11-20T12:10:00.000Z', answers: [0, 1, 1, 0, 0, 1, 1] },
      ],
    };
    const rows = readCsv(scoresCsv(data));
    expect(rows[0]).toEqual(['date', 'time', 'questionnaire', 'score', 'band', 'answers, in the printed order (0 not at all to 3 nearly every day)', 'difficulty (0 not difficult at all to 3 extremely difficult)']);
    expect(rows.slice(1).map((r) => [r[2], r[3], r[4], r[5], r[6]])).toEqual([
      ['PHQ-9', '11', 'Moderate', '2 2 2 2 2 0 0 0 1', '2'],
      ['GAD-7', '4', 'Minimal', '0 1 1 0 0 1 1', ''],
    ]);
  });
});
