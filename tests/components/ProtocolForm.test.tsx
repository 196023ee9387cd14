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

  it('saves on leaving the field and shows a refusal next to it', async () => {
    const onSet = vi.fn().mockResolvedValue('Window after an infusion (hours): enter a whole number from 24 to 72.');
    render(<ProtocolForm protocol={DEFAULT_PROTOCOL} onSet={onSet} />);
    const field = screen.getByLabelText('Window after an infusion (hours)');
    fireEvent.input(field, { target: { value: '100' } });
    fireEvent.blur(field);
    await waitFor(() => expect(onSet).toHaveBeenCalledWith('windowHours', '100'));
    expect((await screen.findByRole('alert')).textContent).toContain('from 24 to 72');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });
});
