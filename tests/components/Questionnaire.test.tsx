import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Questionnaire } from '@/components/Questionnaire';
import { MeasuresApp } from '@/entrypoints/measures/App';
import { sunrise } from '@/tests/support/clinicFixtures';
import { clinicItem } from '@/tests/support/stored';
import { historyStore, readScoreDays, readScores } from '@/utils/shell/history';
import { dayKey } from '@/utils/time/dayKey';

beforeEach(async () => {
  await clear(historyStore);
});

const PHQ9_ITEMS = [
  'Little interest or pleasure in doing things',
  'Feeling down, depressed, or hopeless',
  'Trouble falling or staying asleep, or sleeping too much',
  'Feeling tired or having little energy',
  'Poor appetite or overeating',
  'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
  'Trouble concentrating on things, such as reading the newspaper or watching television',
  'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
  'Thoughts that you would be better off dead or of hurting yourself in some way',
];

const pick = (question: string, answer: string) =>
  fireEvent.click(within(screen.getByRole('radiogroup', { name: new RegExp(`${escape(question)}$`) })).getByRole('radio', { name: answer }));
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the PHQ-9', () => {
  it('is printed as the authors print it: recall, nine questions as radio groups, four answers, attribution', () => {
    render(<Questionnaire measure="phq9" clinic={null} crisisCountry="US" onSave={async () => null} />);
    expect(screen.getByText('Over the last 2 weeks, how often have you been bothered by any of the following problems?')).toBeTruthy();
    for (const item of PHQ9_ITEMS) {
      const group = screen.getByRole('radiogroup', { name: new RegExp(`${escape(item)}$`) });
      expect(within(group).getAllByRole('radio').map((r) => r.closest('label')!.textContent)).toEqual([
        'Not at all',
        'Several days',
        'More than half the days',
        'Nearly every day',
      ]);
    }
    expect(screen.getByText(/^Developed by Drs\. Robert L\. Spitzer, Janet B\.W\. Williams, Kurt Kroenke and colleagues/)).toBeTruthy();
  });

  it('names the unanswered question and saves nothing', async () => {
    const onSave = vi.fn(async () => null);
    render(<Questionnaire measure="phq9" clinic={null} crisisCountry="US" onSave={onSave} />);
    PHQ9_ITEMS.forEach((item, i) => i !== 3 && pick(item, 'Several days'));
    fireEvent.click(screen.getByRole('button', { name: 'See my score' }));
    expect(
      await screen.findByText('Question 4 is not answered yet: “Feeling tired or having little energy”. Answer it to see your score. Nothing was saved.'),
    ).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.queryByTestId('score-result')).toBeNull();
  });

  it('gives the score, the band and the sentence that a score is not a diagnosis', async () => {
    const onSave = vi.fn(async () => null);
    render(<Questionnaire measure="phq9" clinic={null} crisisCountry="US" onSave={onSave} />);
    PHQ9_ITEMS.forEach((item, i) => pick(item, i < 5 ? 'More than half the days' : 'Not at all'));
    fireEvent.click(screen.getByRole('button', { name: 'See my score' }));
    const result = await screen.findByTestId('score-result');
    expect(result.textContent).toContain('Your PHQ-9 score: 10 of 27');
    expect(result.textContent).toContain('The authors call a score of 10–14 “Moderate”.');
    expect(result.textContent).toContain('A score is not a diagnosis; your care team reads it with you.');
    expect(onSave).toHaveBeenCalledWith([2, 2, 2, 2, 2, 0, 0, 0, 0], null);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows crisis help at once when item 9 is above "Not at all", before the score, until closed', async () => {
    render(<Questionnaire measure="phq9" clinic={{ name: 'Sunrise', phone: '555 010 2000', tel: 'tel:5550102000', managed: false }} crisisCountry="US" onSave={async () => null} />);
    pick(PHQ9_ITEMS[8]!, 'Several days');
    // At once: before any other answer and before "See my score".
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    expect(within(alert).getByRole('link', { name: 'Text 988' }).getAttribute('href')).toBe('sms:988');
    expect(within(alert).getByRole('link', { name: 'Call 911' }).getAttribute('href')).toBe('tel:911');
    expect(within(alert).getByRole('link', { name: 'Tell your clinic too: call Sunrise (555 010 2000).' }).getAttribute('href')).toBe('tel:5550102000');
    expect(alert.textContent).toContain('Afterglow is not monitored and sends nothing to anyone.');

    PHQ9_ITEMS.slice(0, 8).forEach((item) => pick(item, 'Not at all'));
    // Changing the answer back does not take the panel away: only the patient closes it.
    pick(PHQ9_ITEMS[8]!, 'Not at all');
    pick(PHQ9_ITEMS[8]!, 'Nearly every day');
    fireEvent.click(screen.getByRole('button', { name: 'See my score' }));
    const result = await screen.findByTestId('score-result');
    expect(result.textContent).toContain('Your PHQ-9 score: 3 of 27');
    expect(screen.getByRole('alert').compareDocumentPosition(result) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Close this message' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says when the answers could not be saved, and keeps them', async () => {
    render(<Questionnaire measure="gad7" clinic={null} crisisCountry="US" onSave={async () => 'disk full'} />);
    for (const group of screen.getAllByRole('radiogroup').slice(0, 7)) fireEvent.click(within(group).getByRole('radio', { name: 'Several days' }));
    fireEvent.click(screen.getByRole('button', { name: 'See my score' }));
    expect(await screen.findByText('Your answers could not be saved (disk full). They are still on this page; try again.')).toBeTruthy();
    expect(screen.queryByTestId('score-result')).toBeNull();
  });
});

describe('the GAD-7', () => {
  it('prints "Not at all" as its first answer (never "Not at all sure"), and scores 0–21 in four bands', async () => {
    render(<Questionnaire measure="gad7" clinic={null} crisisCountry="US" onSave={async () => null} />);
    expect(screen.getByText('Over the last 2 weeks, how often have you been bothered by the following problems?')).toBeTruthy();
    expect(screen.queryByText(/Not at all sure/)).toBeNull();
    const groups = screen.getAllByRole('radiogroup');
    expect(groups).toHaveLength(8); // 7 questions and the closing difficulty question
    for (const group of groups.slice(0, 7)) fireEvent.click(within(group).getByRole('radio', { name: 'Nearly every day' }));
    fireEvent.click(screen.getByRole('button', { name: 'See my score' }));
    expect((await screen.findByTestId('score-result')).textContent).toContain('Your GAD-7 score: 21 of 21');
    expect(screen.getByTestId('score-result').textContent).toContain('“Severe”');
  });
});

describe('the questionnaires page', () => {
  it('saves the answers to today in IndexedDB, and offers crisis help from the page', async () => {
    await clinicItem.setValue({ profile: sunrise, source: 'link', appliedAt: '2026-11-01T10:00:00.000Z', wrote: { protocol: {}, habits: {} } });
    render(<MeasuresApp />);
    await screen.findByRole('heading', { name: 'Patient Health Questionnaire (PHQ-9)' });
    expect(screen.getByText('In crisis?')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Generalized Anxiety Disorder scale (GAD-7)' });
    for (const group of within(form).getAllByRole('radiogroup').slice(0, 7)) fireEvent.click(within(group).getByRole('radio', { name: 'Several days' }));
    fireEvent.click(within(form).getByRole('button', { name: 'See my score' }));
    await within(form).findByTestId('score-result');
    const today = dayKey(new Date());
    await waitFor(async () => expect(await readScoreDays()).toEqual([today]));
    expect(await readScores([today])).toMatchObject([[{ measure: 'gad7', answers: [1, 1, 1, 1, 1, 1, 1] }]]);
  });
});

describe('the options page’s mood and questionnaire settings', () => {
  it('switches the note prompts off and refuses an interval outside 7–28 days', async () => {
    const { MeasuresSection } = await import('@/entrypoints/options/MeasuresSection');
    const { measuresItem } = await import('@/tests/support/stored');
    const { DEFAULT_MEASURE_SETTINGS } = await import('@/utils/measures/settings');
    const { rerender } = render(<MeasuresSection settings={DEFAULT_MEASURE_SETTINGS} kind="iv" />);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Prompt my daily note on infusion days and in the window' }));
    await waitFor(async () => expect((await measuresItem.getValue()).moodPrompts).toBe(false));

    const field = screen.getByLabelText('PHQ-9 and GAD-7 after the series, every (days)');
    fireEvent.input(field, { target: { value: '30' } });
    fireEvent.blur(field);
    expect(await screen.findByText('Choose a number of days from 7 to 28.')).toBeTruthy();
    fireEvent.input(field, { target: { value: '21' } });
    fireEvent.blur(field);
    await waitFor(async () => expect((await measuresItem.getValue()).maintenanceEveryDays).toBe(21));
    rerender(<MeasuresSection settings={await measuresItem.getValue()} kind="iv" />);
    expect(screen.getByRole('link', { name: 'Your history' }).getAttribute('href')).toBe('/history.html');
  });
});
