import { NudgeStatus } from '@/components/NudgeStatus';
import type { DayCheckins } from '@/utils/history/records';
import { nudgeContext } from '@/utils/nudges/context';
import type { PauseChoice } from '@/utils/nudges/pause';
import { pauseEnd } from '@/utils/nudges/pause';
import { nudgeStatusView } from '@/utils/nudges/views';
import { updateRecord } from '@/utils/shell/snapshot';
import type { Snapshot } from '@/utils/stored/snapshot';

// A pause is a settings change: the background sees it and moves the alarms; it ends on its own.
const pause = (choice: PauseChoice) =>
  void updateRecord('settings', (s) => ({ ...s, pausedUntil: pauseEnd(choice, new Date(), s).toISOString() }));
const resume = () => void updateRecord('settings', (s) => ({ ...s, pausedUntil: null }));

/** The popup's next-nudge line and pause control. */
export function NudgePanel({ stored, now, week }: { stored: Snapshot; now: Date; week: DayCheckins[] }) {
  const { habits, settings, treatment, nudgeState: state } = stored;
  const view = nudgeStatusView(nudgeContext({ habits: habits.habits, settings, treatment, week, state, now }), now);
  if (!view) return null;
  return <NudgeStatus view={view} onPause={pause} onResume={resume} />;
}
