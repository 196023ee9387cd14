import { SummaryReport } from '@/components/SummaryReport';
import { careSummary, summaryWeeks } from '@/utils/backup/careSummary';
import { weekStartsOnFor } from '@/utils/habits/progress';
import { loadHabits } from '@/utils/shell/habitsStore';
import { readCheckins } from '@/utils/shell/history';
import { loadSettings } from '@/utils/shell/settingsStore';
import { loadTreatment } from '@/utils/shell/treatmentStore';
import { useStored } from '@/hooks/useStored';

/** Reads what the summary shows: the records, and the check-ins of the weeks in its table only. */
async function loadSummary() {
  const now = new Date();
  const [treatment, habits, settings] = await Promise.all([loadTreatment(), loadHabits(), loadSettings()]);
  const weekKeys = summaryWeeks(now, weekStartsOnFor(settings.weekStartsOn));
  const checkins = await readCheckins(weekKeys.flat());
  const weeks = weekKeys.map((keys, i) => ({ keys, checkins: checkins.slice(i * 7, i * 7 + 7) }));
  return careSummary(treatment, habits, weeks, now);
}

// A snapshot for printing: it does not follow later changes (reload the page for those).
const once = () => () => {};

export function SummaryApp() {
  const view = useStored(loadSummary, once);
  if (!view) return <main aria-busy="true" />;
  return <SummaryReport view={view} onPrint={() => window.print()} />;
}
