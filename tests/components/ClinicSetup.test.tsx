import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ClinicSetupReview } from '@/components/ClinicSetupReview';
import { ClinicSectionOnPage } from '@/tests/support/pages';
import { encodeClinicProfile } from '@/utils/clinic/link';
import type { ClinicProfile } from '@/utils/clinic/profile';
import { summarizeProfile } from '@/utils/clinic/summary';
import { EMPTY_HABITS } from '@/utils/habits/record';
import { clinicItem, habitsItem, measuresItem, treatmentItem } from '@/tests/support/stored';
import { DEFAULT_MEASURE_SETTINGS } from '@/utils/measures/settings';
import { DEFAULT_PROTOCOL, EMPTY_TREATMENT } from '@/utils/treatment/record';

const sunrise: ClinicProfile = {
  name: 'Sunrise & Partners "Ketamine" Clinic',
  phone: '+1 555 010 2000',
  website: 'https://sunrise.example/care',
  welcome: 'We are glad you are here.',
  protocol: { windowHours: 72, therapySessionCount: 6 },
  presets: [{ id: 'movement', goal: { per: 'week', times: 2 } }],
};

describe('the preview a patient confirms', () => {
  const changes = [
    { id: 'protocol.windowHours', text: 'Window after a treatment: from 48 hours to 72 hours', conflict: false },
    { id: 'protocol.therapySessionCount', text: 'Therapy sessions: from 2 to 6', conflict: true },
  ];

  it('lists each change, leaves the patient’s own values unticked, and confirms only what is kept', () => {
    const onConfirm = vi.fn();
    render(<ClinicSetupReview summary={summarizeProfile(sunrise)} changes={changes} replaces={null} onConfirm={onConfirm} onCancel={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Set up Afterglow for Sunrise & Partners "Ketamine" Clinic' })).toBeTruthy();
    expect(within(screen.getByTestId('clinic-changes')).getByText('Window after a treatment: from 48 hours to 72 hours')).toBeTruthy();
    const tick = screen.getByLabelText('Use the clinic’s value: Therapy sessions: from 2 to 6') as HTMLInputElement;
    expect(tick.checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Use this setup' }));
    expect(onConfirm).toHaveBeenLastCalledWith(['protocol.windowHours']);
    fireEvent.click(tick);
    fireEvent.click(screen.getByRole('button', { name: 'Use this setup' }));
    expect(onConfirm).toHaveBeenLastCalledWith(['protocol.windowHours', 'protocol.therapySessionCount']);
  });

  it('shows the clinic’s contact, and says which clinic it replaces', () => {
    render(<ClinicSetupReview summary={summarizeProfile(sunrise)} changes={[]} replaces="Old Clinic" onConfirm={() => {}} onCancel={() => {}} />);
    expect(screen.getByRole('link', { name: '+1 555 010 2000' }).getAttribute('href')).toBe('tel:+15550102000');
    expect(screen.getByRole('link', { name: 'https://sunrise.example/care' }).getAttribute('rel')).toContain('noopener');
    expect(screen.getByText('This replaces Old Clinic as your clinic.')).toBeTruthy();
    expect(screen.getByText('Your settings already match: only the clinic’s details are saved.')).toBeTruthy();
  });
});

describe('the options page’s clinic section', () => {
  it('previews a pasted link and sets Afterglow up only after “Use this setup”', async () => {
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [{ at: '2026-11-20T09:00:00.000Z', kind: 'infusion' }], protocol: { ...DEFAULT_PROTOCOL, therapySessionCount: 2 } });
    render(<ClinicSectionOnPage />);
    expect(await screen.findByText('No clinic is set up. If your clinic gave you a link or a setup code, paste it here.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'For clinics: make a link for your patients' }).getAttribute('href')).toMatch(/\/clinic\.html$/);

    fireEvent.input(screen.getByLabelText('Clinic link or setup code'), { target: { value: `https://start.example.org/#afterglow=${await encodeClinicProfile(sunrise)}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    await screen.findByTestId('clinic-review');
    expect(screen.getByText('Window after a treatment: from 48 hours to 72 hours')).toBeTruthy();
    expect(screen.getByText('Switch on Movement: 2 times a week, no nudges')).toBeTruthy();
    expect(screen.getByLabelText('Use the clinic’s value: Therapy sessions: from 2 to 6')).toBeTruthy();
    // Nothing is written by the preview.
    expect(await clinicItem.getValue()).toBeNull();
    expect((await treatmentItem.getValue()).protocol.windowHours).toBe(48);

    fireEvent.click(screen.getByRole('button', { name: 'Use this setup' }));
    expect(await screen.findByText('Done: Afterglow is set up for Sunrise & Partners "Ketamine" Clinic.')).toBeTruthy();
    const treatment = await treatmentItem.getValue();
    expect(treatment.protocol).toEqual({ ...DEFAULT_PROTOCOL, windowHours: 72, therapySessionCount: 2 });
    expect(treatment.infusions).toHaveLength(1);
    expect((await habitsItem.getValue()).habits.map((h) => h.id)).toEqual(['movement']);
    expect(await screen.findByRole('button', { name: 'Remove clinic' })).toBeTruthy();

    // Once the stored clinic is gone (all data deleted elsewhere), "Done: … set up" is no longer true.
    await clinicItem.setValue(null);
    expect(await screen.findByText('No clinic is set up. If your clinic gave you a link or a setup code, paste it here.')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText(/^Done: Afterglow is set up for/)).toBeNull());
  });

  it('previews a link’s stages and questionnaire intervals as from → to lines, the patient’s own interval unticked, and sets what is kept', async () => {
    await measuresItem.setValue({ ...DEFAULT_MEASURE_SETTINGS, maintenanceEveryDays: 21 });
    const schedule: ClinicProfile = {
      name: 'Schedule Clinic',
      protocol: { stages: [{ weeks: 4, times: 1, everyWeeks: 1 }, { weeks: null, times: 1, everyWeeks: 4 }] },
      measures: { inductionEveryDays: 10, maintenanceEveryDays: 28 },
    };
    render(<ClinicSectionOnPage />);
    fireEvent.input(await screen.findByLabelText('Clinic link or setup code'), { target: { value: await encodeClinicProfile(schedule) } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    const changes = within(await screen.findByTestId('clinic-changes'));
    expect(changes.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'After the series: from as needed to for 4 weeks, once a week; after that, once every 4 weeks',
      'PHQ-9 and GAD-7 during the series: from every 7 days to every 10 days',
    ]);
    const own = screen.getByLabelText('Use the clinic’s value: PHQ-9 and GAD-7 after the series: from every 21 days to every 28 days') as HTMLInputElement;
    expect(own.checked).toBe(false);
    expect((await measuresItem.getValue()).inductionEveryDays).toBe(7);

    fireEvent.click(screen.getByRole('button', { name: 'Use this setup' }));
    expect(await screen.findByText('Done: Afterglow is set up for Schedule Clinic.')).toBeTruthy();
    expect(await measuresItem.getValue()).toEqual({ ...DEFAULT_MEASURE_SETTINGS, inductionEveryDays: 10, maintenanceEveryDays: 21 });
    expect((await treatmentItem.getValue()).protocol.stages).toEqual(schedule.protocol!.stages);
    expect((await clinicItem.getValue())?.wrote.measures).toEqual({ inductionEveryDays: 10 });
  });

  it('refuses a tampered link with a sentence, and changes nothing', async () => {
    render(<ClinicSectionOnPage />);
    const code = await encodeClinicProfile(sunrise);
    const tampered = `${code.slice(0, 10)}${code[10] === 'A' ? 'B' : 'A'}${code.slice(11)}`;
    fireEvent.input(await screen.findByLabelText('Clinic link or setup code'), { target: { value: `https://start.example.org/#afterglow=${tampered}` } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/Nothing was changed\.$/);
    expect(screen.getByLabelText('Clinic link or setup code').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('clinic-review')).toBeNull();
    expect(await clinicItem.getValue()).toBeNull();
    expect(await treatmentItem.getValue()).toEqual(EMPTY_TREATMENT);
    expect(await habitsItem.getValue()).toEqual(EMPTY_HABITS);
  });

  it('cancelling the preview changes nothing', async () => {
    render(<ClinicSectionOnPage />);
    fireEvent.input(await screen.findByLabelText('Clinic link or setup code'), { target: { value: await encodeClinicProfile(sunrise) } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Nothing was changed.')).toBeTruthy();
    expect(await clinicItem.getValue()).toBeNull();
  });

  it('removes the clinic after asking, keeping the settings it made', async () => {
    render(<ClinicSectionOnPage />);
    fireEvent.input(await screen.findByLabelText('Clinic link or setup code'), { target: { value: await encodeClinicProfile(sunrise) } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Use this setup' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Remove clinic' }));
    expect(screen.getByText(/^Remove Sunrise & Partners "Ketamine" Clinic\? Your protocol and habits stay/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Remove' }));
    expect(await screen.findByText('Clinic removed. Your settings stay as they are.')).toBeTruthy();
    expect(await clinicItem.getValue()).toBeNull();
    expect((await treatmentItem.getValue()).protocol.windowHours).toBe(72);
  });

  it('shows a clinic set by device policy as set by the clinic, with no way to remove or replace it', async () => {
    await clinicItem.setValue({ profile: sunrise, source: 'policy', appliedAt: '2026-11-27T10:00:00.000Z', wrote: { protocol: {}, habits: {} } });
    render(<ClinicSectionOnPage />);
    expect(await screen.findByText('Set by your clinic.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Remove clinic' })).toBeNull();
    expect(screen.queryByLabelText('Clinic link')).toBeNull();
    await waitFor(() => expect(screen.getByText('We are glad you are here.')).toBeTruthy());
  });
});
