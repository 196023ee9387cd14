import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PopupApp } from '@/entrypoints/popup/App';
import { treatmentItem } from '@/tests/support/stored';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

describe('the popup', () => {
  it('greets a new patient and leads to the settings', async () => {
    render(<PopupApp />);
    expect(await screen.findByRole('heading', { name: 'Welcome to Afterglow' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add your infusion dates' })).toBeTruthy();
    expect(screen.getByText('Not medical advice. Your care team decides what is right for you.')).toBeTruthy();
    expect(screen.getByText('In crisis?')).toBeTruthy();
  });

  it('has a small header with the name and the way to the settings', async () => {
    render(<PopupApp />);
    const header = (await screen.findByRole('banner')) as HTMLElement;
    expect(header.textContent).toContain('Afterglow');
    expect(screen.getByRole('link', { name: 'Settings and dates' }).closest('header')).toBe(header);
  });

  it('shows the open window from the stored record, and follows a change made elsewhere', async () => {
    const tenHoursAgo = new Date(Date.now() - 10 * 3_600_000).toISOString();
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [{ at: tenHoursAgo, kind: 'infusion' }] });
    render(<PopupApp />);
    expect(await screen.findByText((_, el) => el?.className === 'figure' && el.textContent === '38 hours left')).toBeTruthy();
    const fiveDaysAgo = new Date(Date.now() - 5 * 86_400_000).toISOString();
    await treatmentItem.setValue({ ...EMPTY_TREATMENT, infusions: [{ at: fiveDaysAgo, kind: 'infusion' }] });
    expect(await screen.findByRole('heading', { name: 'Induction' })).toBeTruthy();
    expect(screen.getByText((_, el) => el?.className === 'figure' && el.textContent === '1 of 6 infusions done')).toBeTruthy();
  });
});
