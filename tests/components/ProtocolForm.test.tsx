import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ProtocolForm } from '@/components/ProtocolForm';
import { DEFAULT_PROTOCOL } from '@/utils/treatment/record';

describe('ProtocolForm', () => {
  it('shows each number with its default and range', () => {
    render(<ProtocolForm protocol={DEFAULT_PROTOCOL} onSet={async () => null} />);
    const field = screen.getByLabelText('Window after an infusion (hours)') as HTMLInputElement;
    expect(field.value).toBe('48');
    expect(screen.getByText(/Default 48, from 24 to 72/)).toBeTruthy();
    expect((screen.getByLabelText('Booster reminder (weeks, empty for none)') as HTMLInputElement).value).toBe('');
  });

  it('saves as soon as the field holds a valid number, and says so beside it', async () => {
    const onSet = vi.fn().mockResolvedValue(null);
    render(<ProtocolForm protocol={DEFAULT_PROTOCOL} onSet={onSet} />);
    fireEvent.input(screen.getByLabelText('Window after an infusion (hours)'), { target: { value: '72' } });
    await waitFor(() => expect(onSet).toHaveBeenCalledWith('windowHours', '72'));
    expect((await screen.findByRole('status')).textContent).toBe('Saved');
    // The next change's status replaces it.
    fireEvent.input(screen.getByLabelText('Infusions per week'), { target: { value: '3' } });
    await waitFor(() => expect(screen.getAllByRole('status')).toHaveLength(1));
  });

  it('shows a refusal next to the field as it is typed, and saves nothing', async () => {
    const onSet = vi.fn().mockResolvedValue('Window after an infusion (hours): enter a whole number from 24 to 72.');
    render(<ProtocolForm protocol={DEFAULT_PROTOCOL} onSet={onSet} />);
    const field = screen.getByLabelText('Window after an infusion (hours)');
    fireEvent.input(field, { target: { value: '100' } });
    await waitFor(() => expect(onSet).toHaveBeenCalledWith('windowHours', '100'));
    expect((await screen.findByRole('alert')).textContent).toContain('from 24 to 72');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText('Saved')).toBeNull();
  });
});
