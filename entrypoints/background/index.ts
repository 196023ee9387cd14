import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { watchStored } from '@/utils/shell/storage';
import { BADGE_ALARM, refreshBadge } from './badgeUpdater';
import { registerClinicListeners } from './clinicListeners';
import { registerFieldSaves } from './fieldSaves';
import { MEASURE_NUDGE_INPUTS, registerMeasureNudge, scheduleMeasureNudge } from './measureNudge';
import { NUDGE_INPUTS, registerNudges, runNudges } from './nudges';

export default defineBackground(() => {
  // Listeners are registered synchronously, so a service worker woken by an event gets it.
  // No state is kept in memory: the worker is stopped after 30 s idle.
  browser.runtime.onInstalled.addListener(() => void refreshBadge());
  browser.runtime.onStartup.addListener(() => void refreshBadge());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refreshBadge();
  });
  // One storage watcher: the badge follows the treatment record, the nudges their inputs.
  watchStored((changed) => {
    if ('treatment' in changed) void refreshBadge();
    if (NUDGE_INPUTS.some((key) => key in changed)) void runNudges();
    if (MEASURE_NUDGE_INPUTS.some((key) => key in changed)) void scheduleMeasureNudge();
  });
  registerNudges();
  registerClinicListeners();
  registerFieldSaves();
  registerMeasureNudge();
});
