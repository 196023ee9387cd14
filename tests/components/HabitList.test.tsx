import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { HabitList } from '@/components/HabitList';
import type { HabitListView } from '@/utils/habits/listView';

const view = (extra: Partial<HabitListView> = {}): HabitListView => ({
  rows: [
    { id: 'morning-light', name: 'Morning light outside', doneToday: true, detail: '3 of 7 this week · consistency 41%', skippedToday: false, met: false },
    { id: 'movement', name: 'Movement', doneToday: false, detail: 'Walk · 1 of 2 this week', skippedToday: false, met: false },
  ],
  offers: [],
  windowNote: null,
  scoreExplain: 'Consistency builds up as you keep to your goal and fades slowly when you fall short, so a missed day or week only dips it and never resets it.',
  ...extra,
});
const noop = () => {};

describe('the habit list', () => {
  it("names each done toggle after its habit and describes it with this week's count", () => {
    render(<HabitList view={view()} onToggle={noop} onAccept={noop} onDecline={noop} onChoose={noop} />);
    const light = screen.getByRole('checkbox', { name: 'Morning light outside' }) as HTMLInputElement;
    const movement = screen.getByRole('checkbox', { name: 'Movement' }) as HTMLInputElement;
    expect(light.checked).toBe(true);
    expect(movement.checked).toBe(false);
    const detail = document.getElementById(movement.getAttribute('aria-describedby')!)!;
    expect(detail.textContent).toBe('Walk · 1 of 2 this week');
    expect(screen.getByText(/Consistency builds up as you keep to your goal/)).toBeTruthy();
  });

  it('calls one action per tap, for the habit tapped, whether it marks or undoes', () => {
    const onToggle = vi.fn();
    render(<HabitList view={view()} onToggle={onToggle} onAccept={noop} onDecline={noop} onChoose={noop} />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Movement' }));
    fireEvent.click(screen.getByText('Morning light outside'));
    expect(onToggle.mock.calls).toEqual([['movement'], ['morning-light']]);
  });

  it('puts every toggle in the keyboard order as a native checkbox (Space toggles it in a browser)', () => {
    render(<HabitList view={view()} onToggle={noop} onAccept={noop} onDecline={noop} onChoose={noop} />);
    for (const box of screen.getAllByRole('checkbox') as HTMLInputElement[]) {
      expect(box.tagName).toBe('INPUT');
      expect(box.tabIndex).toBe(0);
      expect(box.disabled).toBe(false);
      box.focus();
      expect(document.activeElement).toBe(box);
    }
  });

  it('offers one more a week with a yes and a not-now, each its own button', () => {
    const offer = { habitId: 'movement', kind: 'grow' as const, from: 2, to: 3 };
    const onAccept = vi.fn();
    const onDecline = vi.fn();
    render(
      <HabitList
        view={view({ offers: [{ offer, text: 'Movement: 2 a week, two weeks running. Try 3 a week?', acceptLabel: 'Yes, 3 a week' }] })}
        onToggle={noop}
        onAccept={onAccept}
        onDecline={onDecline}
        onChoose={noop}
      />,
    );
    const group = screen.getByRole('group', { name: 'Movement: 2 a week, two weeks running. Try 3 a week?' });
    expect(group).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, 3 a week' }));
    fireEvent.click(screen.getByRole('button', { name: 'Not now' }));
    expect(onAccept).toHaveBeenCalledWith(offer);
    expect(onDecline).toHaveBeenCalledWith('movement');
  });

  it('shows the window note when given, and a way to choose habits when there are none', () => {
    const onChoose = vi.fn();
    render(
      <HabitList view={view({ rows: [], scoreExplain: null, windowNote: 'Your window is open.' })} onToggle={noop} onAccept={noop} onDecline={noop} onChoose={onChoose} />,
    );
    expect(screen.getByText('Your window is open.')).toBeTruthy();
    expect(screen.queryByText(/Consistency/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Choose habits' }));
    expect(onChoose).toHaveBeenCalled();
  });
});
