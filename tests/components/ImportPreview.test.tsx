import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ImportPreview } from '@/components/ImportPreview';
import { emptyBackupData, makeBackup } from '@/utils/backup/format';
import { importPreview } from '@/utils/backup/importPreview';
import { DEFAULT_PROTOCOL } from '@/utils/treatment/record';

const now = emptyBackupData();
now.treatment.infusions = [{ at: '2026-11-16T09:00:00.000Z', kind: 'infusion' }];

const file = emptyBackupData();
file.treatment.infusions = [
  { at: '2026-11-16T09:00:00.000Z', kind: 'infusion' },
  { at: '2026-11-20T09:00:00.000Z', kind: 'infusion' },
  { at: '2026-12-04T09:00:00.000Z', kind: 'booster' },
];
file.treatment.protocol = { ...DEFAULT_PROTOCOL, windowHours: 72 };
file.history.checkins = { '2026-11-17': { movement: 'done' }, '2026-11-18': { movement: 'skip' } };
const view = importPreview(now, makeBackup(file, new Date('2026-12-05T10:00:00.000Z'), 'Afterglow 0.1.0'), null);

// Dates read in the browser's own locale.
const day = (y: number, m: number, d: number) => new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(y, m - 1, d));

const props = { view, step: null, onReplace: () => {}, onMerge: () => {}, onCancel: () => {} };
const row = (name: string) => within(screen.getByRole('row', { name: new RegExp(`^${name}`) })).getAllByRole('cell').map((c) => c.textContent);

describe('ImportPreview', () => {
  it('shows what the file holds, with dates, next to what there is now and after each choice', () => {
    render(<ImportPreview {...props} />);
    expect(screen.getByRole('table', { name: 'What the file holds, what you have now, and what you would have after each choice' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Part', 'In the file', 'You have now', 'After Replace', 'After Merge']);
    expect(row('Treatment dates')).toEqual([`3 (${day(2026, 11, 16)} to ${day(2026, 12, 4)})`, '1', '3', '3 (2 new)']);
    expect(row('Days with check-ins')).toEqual([`2 (${day(2026, 11, 17)} to ${day(2026, 11, 18)})`, '0', '2', '2 (2 new)']);
    expect(row('Protocol and settings')).toEqual(['included', 'yours', 'from the file', 'yours kept']);
    expect(screen.getByText(/^Backup made .* by Afterglow 0\.1\.0\.$/)).toBeTruthy();
  });

  it('moves the focus to its heading, so the preview is announced', () => {
    render(<ImportPreview {...props} />);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'What this file holds' }));
  });

  it('calls the chosen action; each choice is explained by its description', () => {
    const onReplace = vi.fn();
    const onMerge = vi.fn();
    const onCancel = vi.fn();
    render(<ImportPreview {...props} onReplace={onReplace} onMerge={onMerge} onCancel={onCancel} />);
    const replace = screen.getByRole('button', { name: 'Replace' });
    expect(replace.getAttribute('aria-describedby')).toBe('import-replace-explain');
    expect(document.getElementById('import-replace-explain')!.textContent).toMatch(/A copy of what you have now is kept/);
    fireEvent.click(replace);
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect([onReplace.mock.calls.length, onMerge.mock.calls.length, onCancel.mock.calls.length]).toEqual([1, 1, 1]);
  });

  it('shows the progress of applying and allows no second choice meanwhile', () => {
    const onMerge = vi.fn();
    render(<ImportPreview {...props} step="writing" onMerge={onMerge} />);
    expect(screen.getByRole('status').textContent).toBe('Writing the restored data…');
    const progress = screen.getByRole('progressbar', { name: 'Restoring' });
    expect([progress.getAttribute('value'), progress.getAttribute('max')]).toEqual(['2', '2']);
    fireEvent.click(screen.getByRole('button', { name: 'Merge' }));
    expect(onMerge).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: 'What this file holds' }).getAttribute('aria-busy')).toBe('true');
  });

  it('says when the file was brought up from an older format', () => {
    render(<ImportPreview {...props} view={{ ...view, migrated: 'It was made in an older format (version 0) and has been brought up to date.' }} />);
    expect(screen.getByText(/older format \(version 0\)/)).toBeTruthy();
  });
});
