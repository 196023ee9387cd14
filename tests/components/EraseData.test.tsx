import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { EraseData } from '@/components/EraseData';

describe('EraseData', () => {
  it('asks first, listing what goes, with the focus on keeping the data', () => {
    const onErase = vi.fn();
    render(<EraseData onErase={onErase} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete everything?' });
    expect(within(dialog).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'your treatment and therapy session dates, and your protocol',
      'your habits and their goals',
      'every check-in and the log of nudges',
      'your daily mood and notes, and every PHQ-9 and GAD-7 you answered',
      'your settings: working hours, quiet hours, bedtime',
      'your clinic’s details, if you added them',
      'the copy kept before your last import, and any entries set aside as unreadable',
    ]);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep my data' }));
    expect(onErase).not.toHaveBeenCalled();
  });

  it('keeps everything on "Keep my data" or Escape', () => {
    const onErase = vi.fn();
    render(<EraseData onErase={onErase} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Keep my data' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.keyDown(screen.getByRole('alertdialog'), { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(onErase).not.toHaveBeenCalled();
  });

  it('deletes on confirmation and says what happened', async () => {
    const onErase = vi.fn().mockResolvedValue('All your data was deleted. Afterglow is as it was when you installed it.');
    render(<EraseData onErase={onErase} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all my data…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All your data was deleted. Afterglow is as it was when you installed it.'));
    expect(onErase).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });
});
