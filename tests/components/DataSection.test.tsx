import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DataSection } from '@/entrypoints/options/DataSection';
import { parseBackup } from '@/utils/backup/parse';
import { downloadText } from '@/utils/shell/download';
import { historyStore, readCheckins, writeCheckin } from '@/utils/shell/history';
import { clearSafetyCopy } from '@/utils/shell/safetyCopy';
import { treatmentItem } from '@/tests/support/stored';
import { DEFAULT_PROTOCOL } from '@/utils/treatment/record';

vi.mock('@/utils/shell/download', () => ({ downloadText: vi.fn() }));

// The contract from issue #6, as a patient would pick it.
const MINIMAL = `{ "format": "afterglow-backup", "version": 1, "exportedAt": "2026-11-27T10:00:00.000Z",
  "treatment": { "infusions": [ { "at": "2026-11-20T09:00:00.000Z", "kind": "infusion" } ] } }`;
const mine = { at: '2026-11-02T09:00:00.000Z', kind: 'infusion' as const };

function choose(text: string, name = 'backup.json') {
  const input = screen.getByLabelText('Restore from a backup file') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], name, { type: 'application/json' })], configurable: true });
  fireEvent.change(input);
}

beforeEach(async () => {
  await Promise.all([clear(historyStore), clearSafetyCopy()]);
  vi.mocked(downloadText).mockClear();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'Afterglow', version: '0.1.0' });
  await treatmentItem.setValue({ infusions: [mine], sessions: [], protocol: DEFAULT_PROTOCOL });
  await writeCheckin('2026-11-02', 'morning-light', 'done');
});

describe('the options page’s data section', () => {
  it('refuses a bad file with its sentence, says nothing changed, and changes nothing', async () => {
    render(<DataSection />);
    choose('{"format": "afterglow-backup", "version": 1, "exportedAt": "2026-11-27T10:00:00.000Z", "treatment": {"infusions": [{"at": "Tuesday", "kind": "infusion"}]}}');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('treatment.infusions[0].at is not a date.Your data was not changed.');
    const input = screen.getByLabelText('Restore from a backup file');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(alert.id);
    expect(screen.queryByRole('button', { name: 'Replace' })).toBeNull();
    expect((await treatmentItem.getValue()).infusions).toEqual([mine]);
  });

  it('previews the minimal backup, replaces in one step, and offers the way back', async () => {
    render(<DataSection />);
    choose(MINIMAL);
    await screen.findByRole('heading', { name: 'What this file holds' });
    fireEvent.click(screen.getByRole('button', { name: 'Replace' }));
    await screen.findByText('Done. Your data now holds treatment dates: 1, therapy sessions: 0, habits: 0, days with check-ins: 0.');
    expect((await treatmentItem.getValue()).infusions).toEqual([{ at: '2026-11-20T09:00:00.000Z', kind: 'infusion' }]);
    expect(await readCheckins(['2026-11-02'])).toEqual([{}]);

    fireEvent.click(await screen.findByRole('button', { name: 'Restore that copy' }));
    await waitFor(async () => expect((await treatmentItem.getValue()).infusions).toEqual([mine]));
    expect(await readCheckins(['2026-11-02'])).toEqual([{ 'morning-light': 'done' }]);
  });

  it('does not offer to restore the empty copy taken before importing into a fresh install', async () => {
    await treatmentItem.setValue({ infusions: [], sessions: [], protocol: DEFAULT_PROTOCOL });
    await clear(historyStore);
    render(<DataSection />);
    choose(MINIMAL);
    fireEvent.click(await screen.findByRole('button', { name: 'Replace' }));
    await screen.findByText(/^Done\./);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('button', { name: 'Restore that copy' })).toBeNull();
  });

  it('drops "All your data was deleted" once something else is done', async () => {
    render(<DataSection />);
    fireEvent.click(screen.getByRole('button', { name: /Delete all my data/ }));
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    await screen.findByText(/All your data was deleted/);
    choose(MINIMAL);
    fireEvent.click(await screen.findByRole('button', { name: 'Replace' }));
    await screen.findByText(/^Done\./);
    expect(screen.queryByText(/All your data was deleted/)).toBeNull();
  });

  it('merges, keeping what the patient has', async () => {
    render(<DataSection />);
    choose(MINIMAL);
    fireEvent.click(await screen.findByRole('button', { name: 'Merge' }));
    await screen.findByText(/^Done\./);
    expect((await treatmentItem.getValue()).infusions.map((i) => i.at)).toEqual([mine.at, '2026-11-20T09:00:00.000Z']);
  });

  it('cancelling the preview changes nothing', async () => {
    render(<DataSection />);
    choose(MINIMAL);
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'What this file holds' })).toBeNull();
    expect((await treatmentItem.getValue()).infusions).toEqual([mine]);
  });

  it('downloads a backup that reads back with everything stored', async () => {
    render(<DataSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Download a backup' }));
    await waitFor(() => expect(downloadText).toHaveBeenCalled());
    const [name, text, type] = vi.mocked(downloadText).mock.calls[0]!;
    expect(name).toMatch(/^afterglow-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(type).toBe('application/json;charset=utf-8');
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.backup.treatment.infusions).toEqual([mine]);
    expect(parsed.ok && parsed.backup.history.checkins).toEqual({ '2026-11-02': { 'morning-light': 'done' } });
  });

  it('downloads the check-ins as CSV and the treatment as a calendar', async () => {
    render(<DataSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Check-ins (spreadsheet, CSV)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Treatment dates and therapy sessions (calendar, .ics)' }));
    await waitFor(() => expect(downloadText).toHaveBeenCalledTimes(2));
    const calls = vi.mocked(downloadText).mock.calls;
    const csv = calls.find(([name]) => name.endsWith('.csv'))!;
    expect(csv[1]).toBe('\uFEFFdate,habit,habit id,status\r\n2026-11-02,morning-light,morning-light,done\r\n');
    const ics = calls.find(([name]) => name.endsWith('.ics'))!;
    expect(ics[2]).toBe('text/calendar;charset=utf-8');
    expect(ics[1]).toContain('DTSTART:20261102T090000Z');
  });

  it('links to the printable summary in a new tab', () => {
    render(<DataSection />);
    const link = screen.getByRole('link', { name: 'Printable summary for an appointment' });
    expect([link.getAttribute('href'), link.getAttribute('target')]).toEqual(['/summary.html', '_blank']);
  });
});

describe('deleting all data from the options page', () => {
  it('leaves nothing stored after the confirmation', async () => {
    render(<DataSection />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await screen.findByText('All your data was deleted. Afterglow is as it was when you installed it.');
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await readCheckins(['2026-11-02'])).toEqual([{}]);
  });
});
