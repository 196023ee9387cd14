import { useEffect, useState } from 'preact/hooks';
import type { ScoreEntry } from '@/utils/history/records';
import { checkScores } from '@/utils/measures/latest';
import { readScoreDays, readScores } from '@/utils/shell/history';
import type { DayKey } from '@/utils/time/dayKey';

export interface ScoreRange {
  /** Checked entries of the days shown. */
  entries: ScoreEntry[];
  /** The first PHQ-9 and GAD-7 ever: the baselines, even outside the range. */
  first: { phq9: ScoreEntry | null; gad7: ScoreEntry | null };
  /** Entries that failed their check: set aside, never shown as a number. */
  setAside: number;
}

/**
 * The questionnaires of a range: the keys of the days that have one (keys only), then the
 * values of those inside the range and of the first few days ever (for the baselines).
 */
export function useScoreRange(from: DayKey, to: DayKey, now: Date): ScoreRange | undefined {
  const [read, setRead] = useState<ScoreRange>();
  useEffect(() => {
    let live = true;
    void (async () => {
      const all = await readScoreDays();
      const inRange = all.filter((day) => day >= from && day <= to);
      // The baselines: the first days until both questionnaires are found (usually the first day).
      const firstDays = all.slice(0, 4).filter((day) => day < from);
      const values = await readScores([...firstDays, ...inRange]);
      const checked = [...firstDays, ...inRange].map((day, i) => checkScores(day, values[i]));
      const ordered = checked.flatMap((d) => d.entries).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      const first = { phq9: ordered.find((e) => e.measure === 'phq9') ?? null, gad7: ordered.find((e) => e.measure === 'gad7') ?? null };
      const shown = checked.slice(firstDays.length);
      if (live) setRead({ entries: shown.flatMap((d) => d.entries), first, setAside: shown.reduce((s, d) => s + d.setAside, 0) });
    })();
    return () => {
      live = false;
    };
  }, [from, to, now.getTime()]);
  return read;
}
