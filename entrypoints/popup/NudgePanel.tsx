import { NudgeStatus } from '@/components/NudgeStatus';
import '@/components/nudges.css';
import type { PauseChoice } from '@/utils/nudgePause';
import { pauseEnd } from '@/utils/nudgePause';
import { nudgeStatusView } from '@/utils/nudgeViews';
import { updateSettings } from '@/utils/shell/settingsStore';
import { useNudgeContext } from '@/utils/shell/useNudgeContext';
import type { TreatmentRecord } from '@/utils/treatment';

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
