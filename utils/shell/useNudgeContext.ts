import { useEffect, useState } from 'preact/hooks';
import { goalWeek, nudgeContext } from '@/utils/nudgeContext';
import type { NudgeContext } from '@/utils/nudgeSchedule';
import type { TreatmentRecord } from '@/utils/treatment';
import { loadHabits, watchHabits } from './habitsStore';
import type { DayCheckins } from './history';
import { readCheckins } from './history';
import { loadNudgeState, watchNudgeState } from './nudgeStateStore';
import { loadSettings, watchSettings } from './settingsStore';
import { useStored } from './useStored';

/**
 * Everything the nudge schedule depends on, for a page: the stored records, kept current by
 * their watchers, and this week's check-ins, read again on every tick of `now` (a check-in made
 * elsewhere on the page shows within a tick). The treatment record comes from the page, which
 * already watches it, so it is not read twice. Undefined until the first reads are in.
 */
export function useNudgeContext(now: Date, treatment: TreatmentRecord | undefined): NudgeContext | undefined {
  const habits = useStored(loadHabits, watchHabits);
  const settings = useStored(loadSettings, watchSettings);
  const state = useStored(loadNudgeState, watchNudgeState);
  const [week, setWeek] = useState<DayCheckins[] | undefined>(undefined);
  const weekKeys = settings && goalWeek(settings, now).join();

  useEffect(() => {
    if (!weekKeys) return;
    let live = true;
    void readCheckins(weekKeys.split(',')).then((days) => live && setWeek(days));
    return () => {
      live = false;
    };
  }, [weekKeys, now.getTime()]);

  if (!habits || !settings || !treatment || !state || !week) return undefined;
  return nudgeContext({ habits: habits.habits, settings, treatment, week, state, now });
}
