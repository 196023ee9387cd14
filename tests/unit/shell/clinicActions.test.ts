import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultChoice } from '@/utils/clinic/plan';
import type { ClinicProfile } from '@/utils/clinic/profile';
import { clinicNudgeTexts, clinicContact } from '@/utils/clinic/contact';
import { EMPTY_HABITS } from '@/utils/habits/record';
import { applyClinicSetup, planFromStorage, removeClinic } from '@/utils/shell/clinicActions';
import { loadSnapshot } from '@/utils/shell/snapshot';
import { readCheckins, writeCheckin } from '@/utils/shell/history';
import { syncManagedClinic } from '@/utils/shell/managedClinic';
import { clinicItem, habitsItem, measuresItem, recoveryItem, treatmentItem } from '@/tests/support/stored';
import { DEFAULT_MEASURE_SETTINGS } from '@/utils/measures/settings';
import { DEFAULT_PROTOCOL, EMPTY_TREATMENT } from '@/utils/treatment/record';

const sunrise: ClinicProfile = {
  name: 'Sunrise Ketamine Clinic',
  phone: '+1 (555) 010-2000',
  welcome: 'We are glad you are here.',
  protocol: { windowHours: 72, therapySessionCount: 6 },
  presets: [{ id: 'morning-light', nudges: [{ kind: 'clock', time: '07:30', weekdays: [1, 2, 3, 4, 5] }] }],
  nudgeTexts: { 'morning-light': ['Ten minutes of daylight, from the Sunrise team.'] },
};

const infusions = [
  { at: '2026-11-20T09:00:00.000Z', kind: 'infusion' as const },
  { at: '2026-12-01T09:00:00.000Z', kind: 'infusion' as const, note: 'planned' },
];
const sessions = [{ at: '2026-11-21T15:00:00.000Z', kind: 'kap' as const }];

async function confirmAsShown(profile: ClinicProfile) {
  const { plan } = await planFromStorage(profile);
  return applyClinicSetup(profile, defaultChoice(plan), 'link');
}

describe('applying a clinic setup to storage', () => {
  it('changes the protocol and habits, and never an infusion, a session or a check-in', async () => {
    await treatmentItem.setValue({ infusions, sessions, protocol: { ...DEFAULT_PROTOCOL, therapySessionCount: 2 } });
    await writeCheckin('2026-11-20', 'custom-walk', 'done');
    await confirmAsShown(sunrise);

    const treatment = await treatmentItem.getValue();
    expect(treatment.infusions).toEqual(infusions);
    expect(treatment.sessions).toEqual(sessions);
    // therapySessionCount 2 was the patient's own: kept. The window was the default: changed.
    expect(treatment.protocol).toEqual({ ...DEFAULT_PROTOCOL, windowHours: 72, therapySessionCount: 2 });
    expect((await habitsItem.getValue()).habits.map((h) => [h.id, h.status])).toEqual([['morning-light', 'active']]);
    expect(await readCheckins(['2026-11-20'])).toEqual([{ 'custom-walk': 'done' }]);

    const clinic = await clinicItem.getValue();
    expect(clinic).toMatchObject({ profile: sunrise, source: 'link', wrote: { protocol: { windowHours: 72 } } });
  });

  it('gives the popup the name and a dialable phone, and the nudges the clinic’s texts', async () => {
    await confirmAsShown(sunrise);
    expect(clinicContact(await clinicItem.getValue())).toEqual({
      name: 'Sunrise Ketamine Clinic',
      phone: '+1 (555) 010-2000',
      tel: 'tel:+15550102000',
      managed: false,
    });
    expect(clinicNudgeTexts((await loadSnapshot()).clinic, 'morning-light')).toEqual(['Ten minutes of daylight, from the Sunrise team.']);
    expect(clinicNudgeTexts((await loadSnapshot()).clinic, 'movement')).toEqual([]);
  });

  it('reads the freshest values when applying, not those the preview was made from', async () => {
    const { plan } = await planFromStorage(sunrise);
    // An infusion added in another tab while the preview was open survives the setup.
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions });
    await applyClinicSetup(sunrise, plan.changes, 'link');
    expect((await treatmentItem.getValue()).infusions).toEqual(infusions);
  });

  it('removing the clinic keeps the protocol and habits it set', async () => {
    await confirmAsShown(sunrise);
    await removeClinic();
    expect(await clinicItem.getValue()).toBeNull();
    expect((await treatmentItem.getValue()).protocol.windowHours).toBe(72);
    expect((await habitsItem.getValue()).habits).toHaveLength(1);
  });

  it('sets an unreadable stored clinic aside instead of dropping it', async () => {
    await fakeBrowser.storage.local.set({ clinic: { profile: { name: '<b>x</b>' }, source: 'link' } });
    expect((await loadSnapshot()).clinic).toBeNull();
    expect(await recoveryItem.getValue()).toMatchObject([{ path: 'clinic', value: { profile: { name: '<b>x</b>' } } }]);
    expect(await clinicItem.getValue()).toBeNull();
  });
});

describe('a clinic link with the questionnaires’ intervals (issue 11)', () => {
  const tenDays: ClinicProfile = { ...sunrise, measures: { inductionEveryDays: 10 } };

  it('sets the interval on the measures record after the patient confirms, keeping the rest of it', async () => {
    await measuresItem.setValue({ ...DEFAULT_MEASURE_SETTINGS, nudge: true });
    await confirmAsShown(tenDays);
    expect(await measuresItem.getValue()).toEqual({ ...DEFAULT_MEASURE_SETTINGS, nudge: true, inductionEveryDays: 10 });
    expect((await clinicItem.getValue())?.wrote.measures).toEqual({ inductionEveryDays: 10 });
  });

  it('writes no measures record for a link without intervals', async () => {
    await confirmAsShown(sunrise);
    expect((await fakeBrowser.storage.local.get('measures')).measures).toBeUndefined();
  });

  it('still reads a clinic stored before links carried intervals, and a new link’s interval then applies', async () => {
    const stored = { profile: sunrise, source: 'link', appliedAt: '2026-11-01T09:00:00.000Z', wrote: { protocol: { windowHours: 72 }, habits: {} } };
    await clinicItem.setValue(stored);
    expect((await loadSnapshot()).clinic).toEqual(stored);
    expect(await recoveryItem.getValue()).toEqual([]);

    await confirmAsShown(tenDays);
    expect((await measuresItem.getValue()).inductionEveryDays).toBe(10);
    expect((await clinicItem.getValue())?.wrote).toEqual({ protocol: { windowHours: 72, therapySessionCount: 6 }, habits: expect.any(Object), measures: { inductionEveryDays: 10 } });
  });
});

describe('a clinic profile set by device policy', () => {
  it('applies without a link and shows as set by the clinic', async () => {
    await fakeBrowser.storage.managed.set(sunrise);
    expect(await syncManagedClinic()).toBe('applied');
    const stored = await clinicItem.getValue();
    expect(stored).toMatchObject({ source: 'policy', profile: { name: 'Sunrise Ketamine Clinic' } });
    expect(clinicContact(stored)?.managed).toBe(true);
    expect((await treatmentItem.getValue()).protocol.windowHours).toBe(72);
    expect(await syncManagedClinic()).toBe('unchanged');
  });

  it('keeps values the patient set by hand', async () => {
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, protocol: { ...DEFAULT_PROTOCOL, windowHours: 30 } });
    await fakeBrowser.storage.managed.set(sunrise);
    await syncManagedClinic();
    expect((await treatmentItem.getValue()).protocol.windowHours).toBe(30);
  });

  it('changes nothing when the policy is not a valid profile', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.managed.set({ ...sunrise, website: 'http://sunrise.example' });
    expect(await syncManagedClinic()).toBe('invalid');
    expect(warn).toHaveBeenCalledOnce();
    expect(await clinicItem.getValue()).toBeNull();
    expect(await treatmentItem.getValue()).toEqual(EMPTY_TREATMENT);
    expect(await habitsItem.getValue()).toEqual(EMPTY_HABITS);
  });

  it('forgets the clinic when the policy is withdrawn, but not a clinic the patient chose', async () => {
    await fakeBrowser.storage.managed.set(sunrise);
    await syncManagedClinic();
    await fakeBrowser.storage.managed.clear();
    expect(await syncManagedClinic()).toBe('removed');
    expect(await clinicItem.getValue()).toBeNull();

    await confirmAsShown(sunrise);
    expect(await syncManagedClinic()).toBe('none');
    expect(await clinicItem.getValue()).not.toBeNull();
  });

  it('does nothing where the browser has no managed storage', async () => {
    const managed = fakeBrowser.storage.managed;
    Object.assign(fakeBrowser.storage, { managed: undefined });
    try {
      expect(await syncManagedClinic()).toBe('none');
    } finally {
      Object.assign(fakeBrowser.storage, { managed });
    }
  });
});

describe('the light readers of the stored clinic', () => {
  it.each([null, undefined, 'Sunrise', { profile: null }, { profile: { name: '' } }, { profile: { name: 42 } }])('shows no clinic for %j', (raw) => {
    expect(clinicContact(raw)).toBeNull();
  });

  it('shows the name without a call link when the phone has too few digits', () => {
    expect(clinicContact({ profile: { name: 'A', phone: '()' } })).toMatchObject({ phone: '()', tel: null });
  });

  it('keeps only text nudge texts', () => {
    expect(clinicNudgeTexts({ profile: { nudgeTexts: { reflect: ['One', 2, ' ', 'Two'] } } }, 'reflect')).toEqual(['One', 'Two']);
    expect(clinicNudgeTexts({ profile: { nudgeTexts: 'x' } }, 'reflect')).toEqual([]);
  });
});
