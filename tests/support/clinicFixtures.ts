import type { ClinicProfile } from '@/utils/clinic/profile';

/** A full, valid clinic profile: the one the link and policy tests share. */
export const sunrise: ClinicProfile = {
  name: 'Sunrise Ketamine Clinic',
  phone: '+1 (555) 010-2000',
  website: 'https://sunrise.example/care',
  welcome: 'Welcome! We are glad you are here.',
  protocol: { inductionCount: 6, infusionsPerWeek: 2, windowHours: 48, boosterIntervalWeeks: 4, therapySessionCount: 3 },
  presets: [
    { id: 'morning-light', nudges: [{ kind: 'clock', time: '07:30', weekdays: [1, 2, 3, 4, 5] }] },
    { id: 'movement', goal: { per: 'week', times: 2 } },
  ],
  nudgeTexts: { 'morning-light': ['Step outside for ten minutes of morning light.'] },
};
