import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LogTreatment } from '@/entrypoints/popup/LogTreatment';
import { UNDO_MS } from '@/components/LogNow';
import { treatmentItem } from '@/tests/support/stored';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

const now = new Date(2026, 10, 27, 14, 5);

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(now);
});
afterEach(() => vi.useRealTimers());

describe('"Log infusion" in the popup (issue 14)', () => {
  it('logs one now with one more tap, then offers undo for a minute', async () => {
    render(<LogTreatment now={now} kind="iv" />);
    fireEvent.click(screen.getByRole('button', { name: 'Log infusion' }));
    expect((screen.getByLabelText('At') as HTMLInputElement).value).toBe('14:05');
    expect((await treatmentItem.getValue()).infusions).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));
    expect(await screen.findByRole('status')).toHaveProperty('textContent', expect.stringMatching(/^Infusion logged, today 2:05\sPM\.$/));
    expect((await treatmentItem.getValue()).infusions).toEqual([{ at: now.toISOString(), kind: 'infusion', treatment: 'iv' }]);

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await treatmentItem.getValue()).infusions).toEqual([]));
    expect((await screen.findByRole('status')).textContent).toBe('Infusion removed.');
  });

  it('speaks of a treatment session for an esketamine course, never of an infusion (issue 15)', async () => {
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, protocol: { ...EMPTY_TREATMENT.protocol, kind: 'esketamine' } });
    render(<LogTreatment now={now} kind="esketamine" />);
    expect(screen.queryByRole('button', { name: 'Log infusion' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Log session' }));
    expect(screen.getByText('Log a treatment session today?')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));
    await screen.findByText(/^Treatment session logged, today 2:05\sPM\.$/);
    expect((await treatmentItem.getValue()).infusions).toEqual([{ at: now.toISOString(), kind: 'infusion', treatment: 'esketamine' }]);
  });

  // A later time is refused by loggedToday (tests/unit/treatment/logNow.test.ts); the field's max says so to the browser's picker.
  it('takes a time earlier today for a therapy session', async () => {
    await treatmentItem.setValue(EMPTY_TREATMENT);
    render(<LogTreatment now={now} kind="iv" />);
    fireEvent.click(screen.getByRole('button', { name: 'Log therapy session' }));
    expect(screen.getByLabelText('At').getAttribute('max')).toBe('14:05');
    fireEvent.input(screen.getByLabelText('At'), { target: { value: '09:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));
    await screen.findByText(/^Therapy session logged, today 9:30\sAM\.$/);
    expect((await treatmentItem.getValue()).sessions).toEqual([{ at: new Date(2026, 10, 27, 9, 30).toISOString(), kind: 'kap' }]);
  });

  it('says so when that minute already holds one, and changes nothing', async () => {
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [{ at: now.toISOString(), kind: 'infusion' }] });
    render(<LogTreatment now={now} kind="iv" />);
    fireEvent.click(screen.getByRole('button', { name: 'Log infusion' }));
    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect((await treatmentItem.getValue()).infusions).toHaveLength(1);
  });

  it('puts the buttons back after the minute of undo', async () => {
    render(<LogTreatment now={now} kind="iv" />);
    fireEvent.click(screen.getByRole('button', { name: 'Log infusion' }));
    fireEvent.click(screen.getByRole('button', { name: 'Log it' }));
    await screen.findByRole('button', { name: 'Undo' });
    await vi.advanceTimersByTimeAsync(UNDO_MS);
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Log infusion' })).toBeTruthy();
  });

  it('cancels without writing anything', async () => {
    render(<LogTreatment now={now} kind="iv" />);
    fireEvent.click(screen.getByRole('button', { name: 'Log infusion' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.getByRole('button', { name: 'Log infusion' })).toBeTruthy();
    expect((await treatmentItem.getValue()).infusions).toEqual([]);
  });
});
