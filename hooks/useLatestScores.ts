import { useEffect, useState } from 'preact/hooks';
import type { LatestScores } from '@/utils/shell/latestScores';
import { readLatestScores } from '@/utils/shell/latestScores';

/** The day each questionnaire was last answered, read again on each tick of the page's clock. */
export function useLatestScores(now: Date): LatestScores | undefined {
  const [latest, setLatest] = useState<LatestScores>();
  useEffect(() => void readLatestScores().then(setLatest), [now.getTime()]);
  return latest;
}
