import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { BuilderActions } from '@/components/ClinicBuilder';
import { ClinicBuilder } from '@/components/ClinicBuilder';
import { makeClinicCode, parseClinicLink } from '@/utils/clinic/link';
import { KIND_PRESETS } from '@/utils/treatment/presets';

function setup() {
  const actions: BuilderActions = {
    makeCode: makeClinicCode,
    copy: vi.fn().mockResolvedValue(true),
    downloadQr: vi.fn(),
    downloadLandingPage: vi.fn().mockResolvedValue(true),
    print: vi.fn(),
  };
  render(<ClinicBuilder landing="" actions={actions} />);
  fireEvent.input(screen.getByLabelText('Clinic name'), { target: { value: 'Sunrise' } });
}

const code = () => screen.queryByTestId('setup-code')?.textContent ?? '';
/** The profile the shown code carries, once the builder has made it. */
async function carried() {
  await waitFor(() => expect(code()).not.toBe(''));
  const parsed = await parseClinicLink(code());
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.profile;
}
const stage = (n: number) => within(screen.getByRole('group', { name: `Stage ${n}` }));
const tick = () => fireEvent.click(screen.getByLabelText('Set the schedule after the series'));

describe('the link builder’s stages after the series', () => {
  it('is off until ticked: the link carries the kind alone, and its preset stages come with it', async () => {
    setup();
    fireEvent.change(screen.getByLabelText('Treatment kind'), { target: { value: 'esketamine' } });
    expect(screen.queryByRole('group', { name: 'Stage 2' })).toBeNull();
    expect((await carried()).protocol).toEqual({ kind: 'esketamine' });
  });

  it('ticked, shows the kind’s preset stages as rows and the schedule in words, and the link carries them', async () => {
    setup();
    fireEvent.change(screen.getByLabelText('Treatment kind'), { target: { value: 'esketamine' } });
    tick();
    expect((stage(2).getByLabelText('For how many weeks (empty: ongoing)') as HTMLInputElement).value).toBe('4');
    expect((stage(3).getByLabelText('For how many weeks (empty: ongoing)') as HTMLInputElement).value).toBe('');
    expect((stage(3).getByLabelText('Every how many weeks') as HTMLInputElement).value).toBe('2');
    expect(within(screen.getByTestId('builder-schedule')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Series: weeks 1–4, twice a week',
      'Weeks 5–8: once a week',
      'From week 9: once every 2 weeks',
    ]);
    await waitFor(() => expect(screen.getByTestId('clinic-details').textContent).toContain('After the series: for 4 weeks, once a week; after that, once every 2 weeks'));
    expect((await carried()).protocol).toEqual({ kind: 'esketamine', stages: KIND_PRESETS.esketamine.stages });
  });

  it('starts from the IV’s empty list, adds and removes stages, and says the schedule as it changes', async () => {
    setup();
    tick();
    expect(screen.getByText('No stages: after the series, treatments are as needed.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add a stage' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a stage' }));
    // Adding closes the open-ended stage before it at 4 weeks.
    expect((stage(2).getByLabelText('For how many weeks (empty: ongoing)') as HTMLInputElement).value).toBe('4');
    fireEvent.input(stage(3).getByLabelText('Every how many weeks'), { target: { value: '4' } });
    expect(screen.getByTestId('builder-schedule').textContent).toBe('Series: weeks 1–3, twice a weekWeeks 4–7: once a weekFrom week 8: once every 4 weeks');
    expect((await carried()).protocol).toEqual({ stages: [{ weeks: 4, times: 1, everyWeeks: 1 }, { weeks: null, times: 1, everyWeeks: 4 }] });

    fireEvent.click(screen.getByRole('button', { name: 'Remove stage 2' }));
    expect(screen.queryByRole('group', { name: 'Stage 3' })).toBeNull();
    expect((stage(2).getByLabelText('Every how many weeks') as HTMLInputElement).value).toBe('4');
  });

  it('offers no more than 4 stages', () => {
    setup();
    tick();
    for (let i = 0; i < 4; i++) fireEvent.click(screen.getByRole('button', { name: 'Add a stage' }));
    expect(screen.getByRole('group', { name: 'Stage 5' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add a stage' })).toBeNull();
  });

  it('says what is wrong next to each wrong field, marks it invalid, and makes no code', async () => {
    setup();
    fireEvent.change(screen.getByLabelText('Treatment kind'), { target: { value: 'esketamine' } });
    tick();
    await waitFor(() => expect(code()).not.toBe(''));
    const times = stage(2).getByLabelText('Times');
    fireEvent.input(times, { target: { value: '4' } });
    fireEvent.input(stage(2).getByLabelText('For how many weeks (empty: ongoing)'), { target: { value: '' } });
    await waitFor(() => expect(code()).toBe(''));
    expect(times.getAttribute('aria-invalid')).toBe('true');
    expect(stage(2).getAllByRole('alert').map((a) => a.textContent)).toEqual([
      'Only the last stage can go on without an end: enter its weeks.',
      'Times: enter a whole number from 1 to 3.',
    ]);
    expect(document.getElementById(times.getAttribute('aria-describedby')!)?.textContent).toBe('Times: enter a whole number from 1 to 3.');
    expect(stage(3).queryByRole('alert')).toBeNull();
    expect(screen.queryByTestId('builder-schedule')).toBeNull();
  });

  it('unticked again, leaves the stages out of the link', async () => {
    setup();
    fireEvent.change(screen.getByLabelText('Treatment kind'), { target: { value: 'esketamine' } });
    tick();
    fireEvent.input(stage(2).getByLabelText('Times'), { target: { value: '9' } });
    tick();
    expect((await carried()).protocol).toEqual({ kind: 'esketamine' });
  });
});

describe('the link builder’s questionnaire intervals (issue 11)', () => {
  it('carries the intervals filled in and previews them in days', async () => {
    setup();
    fireEvent.input(screen.getByLabelText('PHQ-9 and GAD-7 during the series, every (days)'), { target: { value: '10' } });
    await waitFor(() => expect(screen.getByTestId('clinic-details').textContent).toContain('PHQ-9 and GAD-7 during the series: every 10 days'));
    expect((await carried()).measures).toEqual({ inductionEveryDays: 10 });
  });

  it('refuses a number outside 7–28 beside the field', async () => {
    setup();
    const after = screen.getByLabelText('PHQ-9 and GAD-7 after the series, every (days)');
    expect(document.getElementById(after.getAttribute('aria-describedby')!)?.textContent).toBe('Leave a number empty to keep the default (every 14 days). Enter a whole number from 7 to 28.');
    fireEvent.input(after, { target: { value: '30' } });
    await waitFor(() => expect(after.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByRole('alert').textContent).toBe('Enter a whole number from 7 to 28.');
    expect(code()).toBe('');
  });
});
