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
  onDelete: async () => async () => {},
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

  it('deletes a row by its named button, then offers Undo with focus on it', async () => {
    const undo = vi.fn().mockResolvedValue(undefined);
    const onDelete = vi.fn().mockResolvedValue(undo);
    const row = { at: 'x', localInput: '', kind: 'infusion', kindLabel: 'Infusion', when: 'today', planned: true };
    render(<EntryList {...props} rows={[row]} onSave={async () => null} onDelete={onDelete} />);
    expect(screen.getByText('planned', { exact: false })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Delete Infusion today' }));
    expect(onDelete).toHaveBeenCalledWith('x');
    const button = await screen.findByRole('button', { name: 'Undo deleting Infusion today' });
    expect(screen.getByRole('status').textContent).toContain('Deleted: Infusion today');
    await waitFor(() => expect(document.activeElement).toBe(button));
    fireEvent.click(button);
    await waitFor(() => expect(undo).toHaveBeenCalled());
    await waitFor(() => expect(screen.queryByRole('button', { name: /Undo/ })).toBeNull());
  });

  it('keeps Undo for at least 10 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const row = { at: 'x', localInput: '', kind: 'infusion', kindLabel: 'Infusion', when: 'today', planned: false };
      render(<EntryList {...props} rows={[row]} onSave={async () => null} />);
      fireEvent.click(screen.getByRole('button', { name: 'Delete Infusion today' }));
      const button = await screen.findByRole('button', { name: 'Undo deleting Infusion today' });
      await waitFor(() => expect(document.activeElement).toBe(button));
      button.blur();
      await vi.advanceTimersByTimeAsync(10_000);
      expect(screen.queryByRole('button', { name: 'Undo deleting Infusion today' })).not.toBeNull();
      await vi.advanceTimersByTimeAsync(6_000);
      expect(screen.queryByRole('button', { name: 'Undo deleting Infusion today' })).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks whether an entry close to another is the same one, and saves by the answer', async () => {
    const onSave = vi.fn().mockResolvedValue(null);
    const nearby = () => ({ at: 'near', question: 'Is this the same infusion?', second: 'A second infusion' });
    render(<EntryList {...props} onSave={onSave} nearby={nearby} />);
    const field = screen.getByLabelText('Infusion date and time');
    fireEvent.input(field, { target: { value: '2026-11-20T09:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add infusion' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Is this the same infusion?');
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'The same one: change its time' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ at: '2026-11-20T09:30', kind: 'infusion', note: '' }, 'near'));
    await waitFor(() => expect(document.activeElement).toBe(field));
  });

  it('adds a second one when the answer is "a second infusion"', async () => {
    const onSave = vi.fn().mockResolvedValue(null);
    render(<EntryList {...props} onSave={onSave} nearby={() => ({ at: 'near', question: 'Same?', second: 'A second infusion' })} />);
    fireEvent.input(screen.getByLabelText('Infusion date and time'), { target: { value: '2026-11-20T09:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add infusion' }));
    fireEvent.click(await screen.findByRole('button', { name: 'A second infusion' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith({ at: '2026-11-20T09:30', kind: 'infusion', note: '' }, null));
  });

  it('adds what is typed when the page asks (onboarding’s Next), and says nothing is left when nothing is typed', async () => {
    const onSave = vi.fn().mockResolvedValueOnce('That is not a date and time we can read.').mockResolvedValue(null);
    const flushRef = { current: null as (() => Promise<boolean>) | null };
    render(<EntryList {...props} onSave={onSave} flushRef={flushRef} />);
    expect(await flushRef.current!()).toBe(true);
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText('Infusion date and time'), { target: { value: '2026-11-20T09:30' } });
    expect(await flushRef.current!()).toBe(false);
    expect((await screen.findByRole('alert')).textContent).toContain('not a date');
    expect(await flushRef.current!()).toBe(true);
    expect(onSave).toHaveBeenCalledTimes(2);
  });

  it('asks before the page is left with an entry typed but not added', () => {
    render(<EntryList {...props} onSave={async () => null} />);
    const before = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(before);
    expect(before.defaultPrevented).toBe(false);
    fireEvent.input(screen.getByLabelText('Infusion date and time'), { target: { value: '2026-11-20T09:30' } });
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(true);
  });
});
