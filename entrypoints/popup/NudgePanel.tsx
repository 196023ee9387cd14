import { NudgeStatus } from '@/components/NudgeStatus';
import '@/components/nudges.css';
import type { PauseChoice } from '@/utils/nudges/pause';
import { pauseEnd } from '@/utils/nudges/pause';
import { nudgeStatusView } from '@/utils/nudges/views';
import { updateSettings } from '@/utils/shell/settingsStore';
import { useNudgeContext } from '@/hooks/useNudgeContext';
import type { TreatmentRecord } from '@/utils/treatment/record';

// A pause is a settings change: the background sees it and moves the alarms; it ends on its own.
const pause = (choice: PauseChoice) =>
  void updateSettings((s) => ({ ...s, pausedUntil: pauseEnd(choice, new Date(), s).toISOString() }));
const resume = () => void updateSettings((s) => ({ ...s, pausedUntil: null }));

/** The popup's next-nudge line and pause control. */
export function NudgePanel({ now, treatment }: { now: Date; treatment: TreatmentRecord }) {
  const ctx = useNudgeContext(now, treatment);
  const view = ctx && nudgeStatusView(ctx, now);
  if (!view) return null;
  return <NudgeStatus view={view} onPause={pause} onResume={resume} />;
}
