import { useState } from 'preact/hooks';
import { MeasuresDue } from '@/components/MeasuresDue';
import { MoodRow } from '@/components/MoodRow';
import { useLatestScores } from '@/hooks/useLatestScores';
import { useMoodDays } from '@/hooks/useMoodDays';
import { t } from '@/utils/catalogue';
import type { MoodEntry, MoodLevel } from '@/utils/history/records';
import { moodPromptKey } from '@/utils/measures/moodPrompt';
import { measureDue } from '@/utils/measures/schedule';
import { writeMood } from '@/utils/shell/history';
import type { Snapshot } from '@/utils/stored/snapshot';
import { dayKey } from '@/utils/time/dayKey';

/**
 * The popup's mood row and the questionnaires' due line, below the phase card (issue 11):
 * today's mood in one IndexedDB read of one key, and the last questionnaire days.
 */
export function MoodToday({ stored, now }: { stored: Snapshot; now: Date }) {
  const today = dayKey(now);
  const mood = useMoodDays([today], now);
  const latest = useLatestScores(now);
  // What was just tapped, shown at once until the write is read back (undefined: none pending).
  const [tapped, setTapped] = useState<MoodEntry | null | undefined>(undefined);
  if (!mood) return null;
  const current = tapped !== undefined ? tapped : mood.of(today);

  const write = async (entry: MoodEntry | null) => {
    setTapped(entry);
    await writeMood(today, entry);
    await mood.reload();
    setTapped(undefined);
  };
  const at = () => new Date().toISOString();
  const note = current?.note;

  return (
    <MoodRow
        today={current}
        prompt={t(moodPromptKey(stored.treatment, stored.measures.moodPrompts, now))}
        onChoose={(level: MoodLevel) => write({ mood: level, ...(note ? { note } : {}), at: at() })}
        onClear={() => write(null)}
        onNote={(text) => (current ? write({ mood: current.mood, ...(text ? { note: text } : {}), at: at() }) : undefined)}
      >
        {latest && (
          <MeasuresDue
            due={measureDue(stored.treatment, stored.measures, latest, now)}
            now={now}
            kind={stored.treatment.protocol.kind}
            measuresHref="/measures.html"
            historyHref="/history.html"
          />
        )}
      </MoodRow>
  );
}
