import { useState } from 'preact/hooks';
import { NudgeAnswer } from '@/components/NudgeAnswer';
import { t } from '@/utils/catalogue';
import { formatClock } from '@/utils/time/format';
import { nudgeMessage } from '@/utils/nudges/message';
import { parseNotificationId, parseNudgeAlarm } from '@/utils/nudges/schedule';
import { phaseAt } from '@/utils/treatment/phaseAt';
import { clinicNudgeTexts } from '@/utils/clinic/contact';
import { markNudgeDone, snoozeNudge } from '@/utils/shell/nudgeActions';
import type { Snapshot } from '@/utils/stored/snapshot';
import { useSnapshot } from '@/hooks/useSnapshot';

// The page a click on a nudge opens where the popup cannot (Firefox has no notification
// buttons): the same nudge, with the same two answers. nudge.html?n=<notification id>
const id = new URLSearchParams(location.search).get('n') ?? '';
function nudgeFor({ habits, treatment, clinic }: Snapshot) {
  const shown = parseNotificationId(id);
  const alarm = parseNudgeAlarm(shown?.name ?? '');
  const habit = habits.habits.find((h) => h.id === alarm?.habitId);
  if (!shown || !habit) return null;
  const clinicTexts = habit.preset ? clinicNudgeTexts(clinic, habit.preset) : [];
  return nudgeMessage(habit, shown.idea, phaseAt(treatment, new Date()).window, clinicTexts);
}

export function NudgePageApp() {
  const stored = useSnapshot();
  const [answer, setAnswer] = useState<string | null>(null);
  if (!stored) return <main aria-busy="true" />;
  const nudge = nudgeFor(stored);
  return (
    <main class="stack nudge-page">
      <NudgeAnswer
        nudge={nudge}
        answer={answer}
        onDone={async () => {
          if (await markNudgeDone(id)) setAnswer(t('nudgeDoneConfirmed'));
        }}
        onSnooze={async () => {
          const until = await snoozeNudge(id);
          if (until) setAnswer(t('nudgeSnoozeConfirmed', formatClock(until)));
        }}
      />
      <footer class="small">
        <p class="muted">{t('notMedicalAdvice')}</p>
      </footer>
    </main>
  );
}
