import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { StageEntries, TreatmentKindChoice } from '@/entrypoints/options/TreatmentEntries';
import { treatmentItem } from '@/tests/support/stored';
import { EMPTY_TREATMENT, type TreatmentRecord } from '@/utils/treatment/record';
import { KIND_PRESETS } from '@/utils/treatment/presets';

const esketamine: TreatmentRecord = { ...EMPTY_TREATMENT, protocol: KIND_PRESETS.esketamine };

describe('the schedule after the series, on the options page (issue 15)', () => {
  it('writes the esketamine label schedule as it is written, stage by stage', async () => {
    render(<StageEntries treatment={esketamine} />);
    expect(screen.getByTestId('schedule').textContent).toBe('Series: weeks 1–4, twice a weekWeeks 5–8: once a weekFrom week 9: once every 2 weeks');
    expect(screen.getAllByRole('group')).toHaveLength(2);
  });

  it('saves a stage number as it is typed, without leaving the field, and says Saved', async () => {
    await treatmentItem.setValue(esketamine);
    render(<StageEntries treatment={esketamine} />);
    const every = screen.getAllByLabelText('Every how many weeks')[1]!;
    fireEvent.input(every, { target: { value: '1' } });
    await waitFor(async () => expect((await treatmentItem.getValue()).protocol.stages[1]).toEqual({ weeks: null, times: 1, everyWeeks: 1 }));
    expect((await screen.findByRole('status')).textContent).toBe('Saved');
  });

  it('refuses a number out of range beside the field, and stores nothing', async () => {
    await treatmentItem.setValue(esketamine);
    render(<StageEntries treatment={esketamine} />);
    const times = screen.getAllByLabelText('Times')[0]!;
    fireEvent.input(times, { target: { value: '4' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Times: enter a whole number from 1 to 3.');
    expect(times.getAttribute('aria-invalid')).toBe('true');
    expect((await treatmentItem.getValue()).protocol.stages).toEqual(KIND_PRESETS.esketamine.stages);
  });

  it('choosing a kind stores it with its preset schedule and says so', async () => {
    await treatmentItem.setValue(EMPTY_TREATMENT);
    render(<TreatmentKindChoice treatment={EMPTY_TREATMENT} />);
    fireEvent.change(screen.getByLabelText('Treatment kind'), { target: { value: 'esketamine' } });
    await screen.findByText('Saved: Esketamine nasal spray, with its usual schedule.');
    const stored = await treatmentItem.getValue();
    expect(stored.protocol.kind).toBe('esketamine');
    expect(stored.protocol.inductionCount).toBe(8);
    expect(stored.protocol.stages).toEqual(KIND_PRESETS.esketamine.stages);
  });
});
