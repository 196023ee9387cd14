import { useEffect, useState } from 'preact/hooks';
import { SummaryReport } from '@/components/SummaryReport';
import { careSummary, summaryWeeks } from '@/utils/backup/careSummary';
import { weekStartsOnFor } from '@/utils/habits/progress';
import { readCheckins } from '@/utils/shell/history';
import { loadSnapshot } from '@/utils/shell/snapshot';

/** Reads what the summary shows: the records, and the check-ins of the weeks in its table only. */
async function loadSummary() {
  const now = new Date();
  const { treatment, habits, settings } = await loadSnapshot(now);
  const weekKeys = summaryWeeks(now, weekStartsOnFor(settings.weekStartsOn));
  const checkins = await readCheckins(weekKeys.flat());
  const weeks = weekKeys.map((keys, i) => ({ keys, checkins: checkins.slice(i * 7, i * 7 + 7) }));
  return careSummary(treatment, habits, weeks, now);
}

// A snapshot for printing: it does not follow later changes (reload the page for those).
export function SummaryApp() {
  const [view, setView] = useState<Awaited<ReturnType<typeof loadSummary>>>();
  useEffect(() => void loadSummary().then(setView), []);
  if (!view) return <main aria-busy="true" />;
  return <SummaryReport view={view} onPrint={() => window.print()} />;
}
