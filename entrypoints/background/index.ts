import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { watchTreatment } from '@/utils/shell/treatmentStore';
import { BADGE_ALARM, refreshBadge } from './badgeUpdater';
import { registerClinicListeners } from './clinicListeners';
import { registerNudges } from './nudges';

export default defineBackground(() => {
  // Listeners are registered synchronously, so a service worker woken by an event gets it.
  // No state is kept in memory: the worker is stopped after 30 s idle.
  browser.runtime.onInstalled.addListener(() => void refreshBadge());
  browser.runtime.onStartup.addListener(() => void refreshBadge());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void refreshBadge();
  });
  watchTreatment((record) => void refreshBadge(record));
  registerNudges();
  registerClinicListeners();
});
