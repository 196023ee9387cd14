import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PhaseCard } from '@/components/PhaseCard';
import { phaseAt } from '@/utils/treatment/phaseAt';
import { phaseView } from '@/utils/treatment/phaseView';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

const now = new Date('2026-11-27T10:00:00');
const view = (...isos: string[]) =>
  phaseView(phaseAt({ ...EMPTY_TREATMENT, infusions: isos.map((iso) => ({ at: new Date(iso).toISOString(), kind: 'infusion' as const })) }, now), now);

describe('PhaseCard', () => {
  it('leads with the open window, its hours left as text and as a meter', () => {
    render(<PhaseCard view={view('2026-11-27T00:00:00')} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Window open');
    expect(screen.getByText('38 hours left')).toBeTruthy();
    const meter = screen.getByRole('meter', { name: '38 hours left' });
    expect(meter.getAttribute('aria-valuenow')).toBe('79');
    expect(screen.getByText('Infusion 1 of 6 in your series')).toBeTruthy();
    expect(screen.getByText(/^Rest day: no movement or outdoor nudges until tomorrow 6:00\sAM/)).toBeTruthy();
  });

  it('shows the series position and the suggested next infusion once the window closes', () => {
    render(<PhaseCard view={view('2026-11-20T09:00:00', '2026-11-24T09:00:00')} />);
    expect(screen.getByRole('heading').textContent).toBe('Induction: infusion 2 of 6');
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.getByText(/Next infusion suggested around tomorrow/)).toBeTruthy();
  });

  it('shows days since the last infusion in maintenance, with the guidance to check in', () => {
    const six = ['02', '05', '09', '12', '16', '19'].map((d) => `2026-11-${d}T09:00:00`);
    render(<PhaseCard view={view(...six)} />);
    expect(screen.getByRole('heading').textContent).toBe('Maintenance');
    expect(screen.getByText('8 days since your last infusion')).toBeTruthy();
    expect(screen.getByText(/check in with your care team/)).toBeTruthy();
  });

  it('renders stored text as text, never as markup', () => {
    const v = { ...view('2026-11-27T00:00:00'), lines: ['<img src=x onerror=alert(1)>'] };
    const { container } = render(<PhaseCard view={v} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
