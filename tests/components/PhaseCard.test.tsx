import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { PhaseCard } from '@/components/PhaseCard';
import { phaseAt } from '@/utils/treatment/phaseAt';
import { figureIn, phaseView } from '@/utils/treatment/phaseView';
import { EMPTY_TREATMENT } from '@/utils/treatment/record';

const now = new Date('2026-11-27T10:00:00');
const view = (...isos: string[]) =>
  phaseView(phaseAt({ ...EMPTY_TREATMENT, infusions: isos.map((iso) => ({ at: new Date(iso).toISOString(), kind: 'infusion' as const })) }, now), now);

describe('PhaseCard', () => {
  const figure = (container: Element) => container.querySelector('.figure');

  it('leads with the open window, its hours left the largest thing on the card, as text and as a meter', () => {
    const { container } = render(<PhaseCard view={view('2026-11-27T00:00:00')} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Window open');
    expect(figure(container)?.textContent).toBe('38 hours left');
    expect(figure(container)?.querySelector('strong')?.textContent).toBe('38');
    const meter = screen.getByRole('meter', { name: '38 hours left' });
    expect(meter.getAttribute('aria-valuenow')).toBe('79');
    expect(screen.getByText('Infusion 1 of 6 in your series')).toBeTruthy();
    expect(screen.getByText(/^No movement or outdoor nudges until tomorrow 6:00\sAM/)).toBeTruthy();
  });

  it('says the rest day and "do not drive" once each (issue 14)', () => {
    const { container } = render(<PhaseCard view={view('2026-11-27T00:00:00')} />);
    const text = container.textContent!;
    expect(text.match(/rest day/gi)).toHaveLength(1);
    expect(text.match(/drive/gi)).toHaveLength(1);
  });

  it('shows the series position once, as the figure, and the suggested next infusion once the window closes', () => {
    const { container } = render(<PhaseCard view={view('2026-11-20T09:00:00', '2026-11-24T09:00:00')} />);
    expect(screen.getByRole('heading').textContent).toBe('Induction');
    expect(figure(container)?.textContent).toBe('2 of 6 infusions done');
    expect(figure(container)?.querySelector('strong')?.textContent).toBe('2 of 6');
    expect(container.textContent!.match(/2 of 6/g)).toHaveLength(1);
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.getByText(/Next infusion suggested around tomorrow/)).toBeTruthy();
  });

  it('shows days since the last infusion in maintenance as the figure, with the guidance to check in', () => {
    const six = ['02', '05', '09', '12', '16', '19'].map((d) => `2026-11-${d}T09:00:00`);
    const { container } = render(<PhaseCard view={view(...six)} />);
    expect(screen.getByRole('heading').textContent).toBe('Maintenance');
    expect(figure(container)?.textContent).toBe('8 days since your last infusion');
    expect(figure(container)?.querySelector('strong')?.textContent).toBe('8');
    expect(screen.getByText(/check in with your care team/)).toBeTruthy();
  });

  it.each([
    ['38 hours left', ['', '38', ' hours left']],
    ['Less than 1 hour left', ['Less than ', '1', ' hour left']],
    ['2 of 6 infusions done', ['', '2 of 6', ' infusions done']],
    ['Quedan 38 horas', ['Quedan ', '38', ' horas']],
    ['Your last infusion was today', ['Your last infusion was today', '', '']],
  ])('finds the number in "%s"', (sentence, [before, value, after]) => {
    expect(figureIn(sentence)).toEqual({ before, value, after });
  });

  it('renders stored text as text, never as markup', () => {
    const v = { ...view('2026-11-27T00:00:00'), lines: ['<img src=x onerror=alert(1)>'] };
    const { container } = render(<PhaseCard view={v} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});
