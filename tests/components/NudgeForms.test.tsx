import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { NudgeAnswer } from '@/components/NudgeAnswer';
import { NudgeHoursForm } from '@/components/NudgeHoursForm';
import { NudgePreview } from '@/components/NudgePreview';
import { NudgeRulesForm } from '@/components/NudgeRulesForm';
import { NudgeStatus } from '@/components/NudgeStatus';
import type { Habit } from '@/utils/habits/record';
import { PRESETS } from '@/utils/habits/record';
import type { HoursDraft, RuleDraft } from '@/utils/nudges/edits';
import { applyHours, applyRule, hoursDraft } from '@/utils/nudges/edits';
import { habitRulesView, weekdayOptions } from '@/utils/nudges/views';
import type { Settings } from '@/utils/settings/record';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';

const weekdays = weekdayOptions(1);

/** The options page's save, with the real checks and a spy where storage would be. */
function hoursSaver() {
  const stored = vi.fn<(s: Settings) => void>();
  const onSave = async (draft: HoursDraft) => {
    const result = applyHours(DEFAULT_SETTINGS, draft);
    if (result.ok) stored(result.value);
    return result.ok ? null : { field: result.field, error: result.error };
  };
  return { stored, onSave };
}

describe('the nudge hours form', () => {
  it('shows the stored hours and saves a change as it is made, with "Saved" beside it', async () => {
    const { stored, onSave } = hoursSaver();
    render(<NudgeHoursForm initial={hoursDraft(DEFAULT_SETTINGS)} weekdays={weekdays} onSave={onSave} />);
    expect((screen.getByLabelText('Working hours start') as HTMLInputElement).value).toBe('09:00');
    expect((screen.getByLabelText('Quiet hours start') as HTMLInputElement).value).toBe('21:30');
    const days = screen.getByRole('group', { name: 'Working days' });
    expect(within(days).getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked)).toHaveLength(5);

    fireEvent.input(screen.getByLabelText('Bedtime'), { target: { value: '23:00' } });
    expect((await screen.findByRole('status')).textContent).toBe('Saved');
    expect(screen.queryByRole('button', { name: 'Save nudge hours' })).toBeNull();
    expect(stored).toHaveBeenCalledWith(expect.objectContaining({ bedtime: '23:00' }));
  });

  it.each([
    ['Working hours end', '08:00', 'Working hours must end after they start.'],
    ['Quiet hours start', '', 'Quiet hours start: enter a time like 08:00.'],
    ['Quiet hours end', '21:30', 'Quiet hours need different start and end times.'],
  ])('refuses %s = "%s" with a message next to it and saves nothing', async (label, value, message) => {
    const { stored, onSave } = hoursSaver();
    render(<NudgeHoursForm initial={hoursDraft(DEFAULT_SETTINGS)} weekdays={weekdays} onSave={onSave} />);
    const field = screen.getByLabelText(label);
    fireEvent.input(field, { target: { value } });
    expect((await screen.findByRole('alert')).textContent).toBe(message);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain('nudge-hours-error');
    expect(stored).not.toHaveBeenCalled();
    expect(screen.queryByText('Saved')).toBeNull();
  });
});

const habit = (id: 'morning-light' | 'movement-breaks', name: string): Habit => ({
  id,
  preset: id,
  name,
  direction: 'build',
  goal: PRESETS[id].goal,
  status: 'active',
  createdAt: '2026-11-01T09:00:00.000Z',
  nudges: PRESETS[id].nudges,
});

describe('the nudge rules form', () => {
  const habits = [habit('morning-light', 'Morning light outside'), habit('movement-breaks', 'Movement breaks')];
  function setup() {
    const saved = vi.fn();
    const onSaveRule = async (habitId: string, index: number, draft: RuleDraft) => {
      const h = habits.find((x) => x.id === habitId)!;
      const result = applyRule(h.nudges[index]!, draft, h.name);
      if (result.ok) saved(habitId, index, result.value);
      return result.ok ? null : { field: result.field, error: result.error };
    };
    const undo = vi.fn().mockResolvedValue(undefined);
    const onRemoveRule = vi.fn().mockResolvedValue(undo);
    const onAddRule = vi.fn();
    render(<NudgeRulesForm habits={habitRulesView(habits, { ...DEFAULT_SETTINGS, quietHours: { start: '07:30', end: '08:30' } })} weekdays={weekdays} onSaveRule={onSaveRule} onRemoveRule={onRemoveRule} onAddRule={onAddRule} />);
    return { saved, onRemoveRule, onAddRule, undo };
  }

  it('changes the time and days of a clock nudge', async () => {
    const { saved } = setup();
    const time = screen.getByLabelText('Morning light outside: time') as HTMLInputElement;
    expect(time.value).toBe('08:00');
    fireEvent.input(time, { target: { value: '07:15' } });
    const days = screen.getByRole('group', { name: 'Morning light outside: days' });
    await waitFor(() => expect(saved).toHaveBeenCalledWith('morning-light', 0, expect.objectContaining({ time: '07:15' })));
    fireEvent.click(within(days).getAllByRole('checkbox')[6]!); // the last day of a Monday week: Sunday
    await waitFor(() => expect(saved).toHaveBeenCalledWith('morning-light', 0, { kind: 'clock', time: '07:15', weekdays: [1, 2, 3, 4, 5, 6] }));
  });

  it('refuses an interval under 15 minutes with a message, and saves nothing', async () => {
    const { saved } = setup();
    const every = screen.getByLabelText('Movement breaks: every how many minutes');
    fireEvent.input(every, { target: { value: '10' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a whole number of minutes from 15 to 480 (8 hours).');
    expect(every.getAttribute('aria-invalid')).toBe('true');
    expect(saved).not.toHaveBeenCalled();
  });

  it('says at the nudge time that quiet hours will swallow it', () => {
    setup();
    const row = screen.getByLabelText('Morning light outside: time').closest('li')!;
    expect(within(row).getByRole('status').textContent).toMatch(
      /^This time is inside your quiet hours \(7:30\sAM–8:30\sAM\), so this nudge will not come\. Choose another time or change the quiet hours\.$/,
    );
  });

  it('removes a nudge with Undo, and adds a time, each named for its habit', async () => {
    const { onRemoveRule, onAddRule, undo } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Remove for Movement breaks' }));
    expect(onRemoveRule).toHaveBeenCalledWith('movement-breaks', 0);
    fireEvent.click(await screen.findByRole('button', { name: 'Undo deleting a nudge of Movement breaks' }));
    await waitFor(() => expect(undo).toHaveBeenCalled());
    fireEvent.click(screen.getByRole('button', { name: 'Add a time for Morning light outside' }));
    expect(onAddRule).toHaveBeenCalledWith('morning-light', 'clock');
  });
});

describe('the popup nudge line', () => {
  it('shows the next nudge and the four pause choices', () => {
    const onPause = vi.fn();
    render(<NudgeStatus view={{ line: 'Next nudge: Morning light outside, today 8:00 AM', paused: false }} onPause={onPause} onResume={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Next nudge: Morning light outside, today 8:00 AM');
    const group = screen.getByRole('group', { name: 'Pause nudges:' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['30 minutes', '1 hour', '2 hours', 'Until tomorrow morning']);
    fireEvent.click(within(group).getByRole('button', { name: 'Until tomorrow morning' }));
    expect(onPause).toHaveBeenCalledWith('morning');
  });

  it('while paused, says until when and offers to resume', () => {
    const onResume = vi.fn();
    render(<NudgeStatus view={{ line: 'Nudges paused until today 3:30 PM.', paused: true }} onPause={() => {}} onResume={onResume} />);
    expect(screen.queryByRole('group')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Resume nudges now' }));
    expect(onResume).toHaveBeenCalled();
  });
});

describe('focus after the pause control changes', () => {
  it('lands on Resume once paused, and on the first pause choice once resumed', async () => {
    const paused = { line: 'Nudges paused until today 3:30 PM.', paused: true };
    const running = { line: 'Next nudge: Morning light outside, today 8:00 AM', paused: false };
    const { rerender } = render(<NudgeStatus view={running} onPause={() => {}} onResume={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: '1 hour' }));
    rerender(<NudgeStatus view={paused} onPause={() => {}} onResume={() => {}} />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Resume nudges now' })));
    fireEvent.click(screen.getByRole('button', { name: 'Resume nudges now' }));
    rerender(<NudgeStatus view={running} onPause={() => {}} onResume={() => {}} />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: '30 minutes' })));
  });
});

describe('the preview and the nudge page', () => {
  it('lists today and tomorrow, with why a nudge will not come', () => {
    render(
      <NudgePreview
        today={[{ key: 'a', time: '6:30 PM', name: 'Evening light outside', note: 'rest day after a treatment', skipped: true }]}
        tomorrow={[{ key: 'b', time: '8:00 AM', name: 'Morning light outside', note: null, skipped: false }]}
      />,
    );
    expect(screen.getByRole('list', { name: 'Today' }).textContent).toBe('6:30 PM Evening light outside (rest day after a treatment)');
    expect(screen.getByRole('list', { name: 'Tomorrow' }).textContent).toBe('8:00 AM Morning light outside');
  });

  it('offers Done and Snooze on the nudge page, then confirms', () => {
    const onDone = vi.fn();
    const nudge = { title: 'Morning light outside', message: 'Step outside.', icon: '/nudge/morning-light.png' };
    const { rerender } = render(<NudgeAnswer nudge={nudge} answer={null} onDone={onDone} onSnooze={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Morning light outside' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(onDone).toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Snooze 10 min' })).toBeTruthy();
    rerender(<NudgeAnswer nudge={nudge} answer="Marked done." onDone={onDone} onSnooze={() => {}} />);
    expect(screen.getByRole('status').textContent).toBe('Marked done.');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says so when the nudge is gone', () => {
    render(<NudgeAnswer nudge={null} answer={null} onDone={() => {}} onSnooze={() => {}} />);
    expect(screen.getByRole('alert').textContent).toContain('no longer there');
  });
});
