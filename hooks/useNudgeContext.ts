import { useEffect, useState } from 'preact/hooks';
import { goalWeek, nudgeContext } from '@/utils/nudges/context';
import type { NudgeContext } from '@/utils/nudges/schedule';
import type { TreatmentRecord } from '@/utils/treatment/record';
import { loadHabits, watchHabits } from '@/utils/shell/habitsStore';
import type { DayCheckins } from '@/utils/history/records';
import { readCheckins } from '@/utils/shell/history';
import { loadNudgeState, watchNudgeState } from '@/utils/shell/nudgeStateStore';
import { loadSettings, watchSettings } from '@/utils/shell/settingsStore';
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
