import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { clear } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HabitsSectionOnPage } from '@/tests/support/pages';
import { dayKey, shiftDay } from '@/utils/time/dayKey';
import { EMPTY_HABITS } from '@/utils/habits/record';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';
import { historyStore, readCheckins } from '@/utils/shell/history';
import { habitsItem, settingsItem } from '@/tests/support/stored';

const now = new Date(2026, 10, 25, 14); // Wednesday 25 November 2026
const today = dayKey(now);
const PRESET_LABELS = [
  'Morning light outside',
  'Evening light outside',
  'Movement',
  'Movement breaks at the computer',
  'Wind-down for sleep',
  'Reflect during the window',
  'Therapy session kept',
];

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
  await clear(historyStore);
  await habitsItem.setValue(EMPTY_HABITS);
});
afterEach(() => vi.useRealTimers());

const stored = async () => (await habitsItem.getValue()).habits;
const box = (name: string) => screen.findByRole('checkbox', { name }) as Promise<HTMLInputElement>;

describe('the habits on the options page', () => {
  it('switches each preset on by a checkbox named exactly after it', async () => {
    render(<HabitsSectionOnPage />);
    for (const label of PRESET_LABELS) expect((await box(label)).checked).toBe(false);
    fireEvent.click(await box('Morning light outside'));
    await waitFor(async () => expect((await stored()).map((h) => h.id)).toEqual(['morning-light']));
    expect((await box('Morning light outside')).checked).toBe(true);
    // Light routines come with the bipolar caution.
    expect(screen.getByText(/bipolar disorder, ask your care team/)).toBeTruthy();
  });

  it('sets movement to 2 a week, and refuses 9 with a sentence next to the field', async () => {
    render(<HabitsSectionOnPage />);
    fireEvent.click(await box('Movement'));
    const times = (await screen.findByLabelText('Movement: times a week')) as HTMLInputElement;
    expect(times.value).toBe('1');
    fireEvent.input(times, { target: { value: '2' } });
    fireEvent.blur(times);
    await waitFor(async () => expect((await stored())[0]!.goal).toEqual({ per: 'week', times: 2 }));

    fireEvent.input(times, { target: { value: '9' } });
    fireEvent.keyDown(times, { key: 'Enter' });
    expect((await screen.findByRole('alert')).textContent).toBe('Enter a whole number of times a week, from 1 to 7.');
    expect(times.getAttribute('aria-invalid')).toBe('true');
    expect(times.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    expect((await stored())[0]!.goal).toEqual({ per: 'week', times: 2 });
  });

  it('picks a kind of movement, or takes the patient\'s own word', async () => {
    render(<HabitsSectionOnPage />);
    fireEvent.click(await box('Movement'));
    const kind = (await screen.findByLabelText('Movement: kind')) as HTMLSelectElement;
    fireEvent.change(kind, { target: { value: 'yoga' } });
    await waitFor(async () => expect((await stored())[0]!.activity).toBe('yoga'));
    fireEvent.change(kind, { target: { value: 'own' } });
    const own = await screen.findByLabelText('Movement: your word for it');
    fireEvent.input(own, { target: { value: 'Dancing' } });
    fireEvent.blur(own);
    await waitFor(async () => expect((await stored())[0]!.activity).toBe('Dancing'));
  });

  it('makes a goal daily or weekly', async () => {
    render(<HabitsSectionOnPage />);
    fireEvent.click(await box('Reflect during the window'));
    fireEvent.change(await screen.findByLabelText('Reflect during the window: how often'), { target: { value: 'day' } });
    await waitFor(async () => expect((await stored())[0]!.goal).toEqual({ per: 'day' }));
    expect(screen.queryByLabelText('Reflect during the window: times a week')).toBeNull();
  });

  it('adds a habit to stop, refusing an empty name first', async () => {
    render(<HabitsSectionOnPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add habit' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Please give the habit a name.');
    expect(screen.getByLabelText('Habit name').getAttribute('aria-invalid')).toBe('true');

    fireEvent.input(screen.getByLabelText('Habit name'), { target: { value: 'No phone after 22:00' } });
    fireEvent.click(screen.getByLabelText(/One to stop/));
    fireEvent.change(screen.getByLabelText('How often'), { target: { value: 'day' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add habit' }));
    await waitFor(async () => expect(await stored()).toMatchObject([{ name: 'No phone after 22:00', direction: 'stop', goal: { per: 'day' }, preset: null }]));
    expect((await stored())[0]!.id).toMatch(/^custom-[a-z0-9-]+$/);
    expect(await screen.findByLabelText('Name of No phone after 22:00')).toBeTruthy();
  });

  it('pauses and resumes, and archives an own habit with its history, to restore it later', async () => {
    render(<HabitsSectionOnPage />);
    fireEvent.input(await screen.findByLabelText('Habit name'), { target: { value: 'Stretch at lunch' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add habit' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Pause Stretch at lunch' }));
    await waitFor(async () => expect((await stored())[0]).toMatchObject({ status: 'paused', pauses: [{ from: today, until: null }] }));
    expect(await screen.findByText(/Paused: no nudges/)).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Resume Stretch at lunch' }));
    await waitFor(async () => expect((await stored())[0]!.status).toBe('active'));

    fireEvent.click(await screen.findByRole('button', { name: 'Archive Stretch at lunch' }));
    await waitFor(async () => expect((await stored())[0]!.status).toBe('archived'));
    const archived = await screen.findByRole('heading', { name: 'Archived (their history is kept)' });
    expect(archived).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore Stretch at lunch' }));
    await waitFor(async () => expect((await stored())[0]!.status).toBe('active'));
  });

  it('offers Undo after a habit is switched off, putting it back exactly as it was', async () => {
    render(<HabitsSectionOnPage />);
    fireEvent.click(await box('Morning light outside'));
    await waitFor(async () => expect((await stored())[0]?.status).toBe('active'));
    const before = (await stored())[0];
    fireEvent.click(await box('Morning light outside'));
    await waitFor(async () => expect((await stored())[0]!.status).toBe('archived'));
    const undo = await screen.findByRole('button', { name: 'Undo archiving Morning light outside' });
    expect(screen.getByText(/Archived: Morning light outside \(its history is kept\)/)).toBeTruthy();
    fireEvent.click(undo);
    await waitFor(async () => expect((await stored())[0]).toEqual(before));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull());
  });

  it('fills in the last 7 days, a skip included, and nothing further back', async () => {
    render(<HabitsSectionOnPage />);
    fireEvent.click(await box('Morning light outside'));
    const table = await screen.findByRole('table');
    const selects = within(table).getAllByRole('combobox') as HTMLSelectElement[];
    expect(selects).toHaveLength(7);
    expect(selects[0]!.getAttribute('aria-label')).toMatch(/^Morning light outside, /);
    fireEvent.change(selects[6]!, { target: { value: 'done' } });
    fireEvent.change(selects[4]!, { target: { value: 'skip' } });
    fireEvent.change(selects[0]!, { target: { value: 'done' } });
    await waitFor(async () =>
      expect(await readCheckins([shiftDay(today, -6), shiftDay(today, -2), today])).toEqual([
        { 'morning-light': 'done' },
        { 'morning-light': 'skip' },
        { 'morning-light': 'done' },
      ]),
    );
    fireEvent.change(selects[4]!, { target: { value: '' } });
    await waitFor(async () => expect(await readCheckins([shiftDay(today, -2)])).toEqual([{}]));
  });

  it('sets the week start, keeping the other settings as they are', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, bedtime: '23:15' });
    render(<HabitsSectionOnPage />);
    const select = (await screen.findByLabelText('Weeks start on')) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(select.options[0]!.textContent).toMatch(/^Your language setting \(/);
    fireEvent.change(select, { target: { value: '0' } });
    await waitFor(async () => expect(await settingsItem.getValue()).toEqual({ ...DEFAULT_SETTINGS, bedtime: '23:15', weekStartsOn: 0 }));
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(async () => expect((await settingsItem.getValue()).weekStartsOn).toBeNull());
  });
});
