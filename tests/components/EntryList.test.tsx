import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { EntryList } from '@/components/EntryList';

const props = {
  id: 'infusion',
  heading: 'Infusions',
  fieldLabel: 'Infusion date and time',
  kindLabel: 'Kind',
  addLabel: 'Add infusion',
  emptyText: 'No infusions yet.',
  kinds: [
    { value: 'infusion', label: 'Infusion' },
    { value: 'booster', label: 'Booster' },
  ],
  rows: [],
  onDelete: () => {},
};

describe('EntryList', () => {
  it('adds an entry through the labelled field and clears the form', async () => {
    const onSave = vi.fn().mockResolvedValue(null);
    render(<EntryList {...props} onSave={onSave} />);
    const field = screen.getByLabelText('Infusion date and time') as HTMLInputElement;
    fireEvent.input(field, { target: { value: '2026-11-20T09:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add infusion' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ at: '2026-11-20T09:00', kind: 'infusion', note: '' }, null));
    await waitFor(() => expect(field.value).toBe(''));
  });

  it('shows the error next to the field, marks it invalid, and keeps what was typed', async () => {
    render(<EntryList {...props} onSave={async () => 'Please enter a date and time.'} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add infusion' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Please enter a date and time.');
    const field = screen.getByLabelText('Infusion date and time');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toBe(alert.id);
  });

  it('edits a row: the form fills in, and saving replaces that entry', async () => {
    const onSave = vi.fn().mockResolvedValue(null);
    const row = { at: '2026-11-20T09:00:00.000Z', localInput: '2026-11-20T10:00', kind: 'booster', kindLabel: 'Booster', when: 'Fri 20 Nov · 7 days ago', planned: false };
    render(<EntryList {...props} rows={[row]} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit Booster Fri 20 Nov · 7 days ago' }));
    expect((screen.getByLabelText('Infusion date and time') as HTMLInputElement).value).toBe('2026-11-20T10:00');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ at: '2026-11-20T10:00', kind: 'booster', note: '' }, row.at));
  });

  it('deletes a row by its named button', () => {
    const onDelete = vi.fn();
    const row = { at: 'x', localInput: '', kind: 'infusion', kindLabel: 'Infusion', when: 'today', planned: true };
    render(<EntryList {...props} rows={[row]} onSave={async () => null} onDelete={onDelete} />);
    expect(screen.getByText('planned', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Infusion today' }));
    expect(onDelete).toHaveBeenCalledWith('x');
  });
});
