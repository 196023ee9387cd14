import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { CrisisLink } from '@/components/CrisisLink';
import { Questionnaire } from '@/components/Questionnaire';
import { OptionsApp } from '@/entrypoints/options/App';
import { PopupApp } from '@/entrypoints/popup/App';
import { settingsItem } from '@/tests/support/stored';
import { DEFAULT_SETTINGS } from '@/utils/settings/record';

const browserLanguage = (tag: string) => vi.spyOn(navigator, 'language', 'get').mockReturnValue(tag);

/** The crisis lines as the patient sees them once "In crisis?" is open: each link's words and address. */
async function openCrisisLines() {
  fireEvent.click(await screen.findByText('In crisis?'));
  const note = screen.getByRole('note', { name: 'If you are in crisis' });
  return { note, links: within(note).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')]) };
}

describe('the "In crisis?" lines follow the patient’s country, not the language', () => {
  it('shows the United States’ 988 (with its Spanish options) and 911 by default, in an en-US browser with no country chosen', async () => {
    browserLanguage('en-US');
    render(<PopupApp />);
    const { note, links } = await openCrisisLines();
    expect(links).toEqual([
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Spanish: dial 988, then press 2', 'tel:988'],
      ['Text AYUDA to 988 (Spanish)', 'sms:988'],
      ['Call 911', 'tel:911'],
    ]);
    expect(note.textContent).toContain('In the United States, call or text 988 (Suicide & Crisis Lifeline) any time.');
    expect(note.textContent).toContain('Afterglow cannot see or answer what you enter here.');
  });

  it('shows the United Kingdom’s Samaritans and 999 when it is chosen, though the browser is set to US Spanish', async () => {
    browserLanguage('es-US');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, crisisCountry: 'GB' });
    render(<PopupApp />);
    const { links } = await openCrisisLines();
    expect(links).toEqual([
      ['Call Samaritans: 116 123', 'tel:116123'],
      ['Call 999', 'tel:999'],
    ]);
  });

  it('goes by the browser’s region when no country is chosen: a French Canadian browser gets Canada’s 988 and 911', async () => {
    browserLanguage('fr-CA');
    render(<PopupApp />);
    const { note, links } = await openCrisisLines();
    expect(links).toEqual([
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
      ['Call 911', 'tel:911'],
    ]);
    expect(note.textContent).toContain('In Canada, call or text 988 (Suicide Crisis Helpline) any time.');
  });

  it('gives another country no number, only the local emergency number and a list of lines in a new tab', () => {
    render(<CrisisLink country="other" />);
    fireEvent.click(screen.getByText('In crisis?'));
    const note = screen.getByRole('note', { name: 'If you are in crisis' });
    expect(note.textContent).toContain('In an emergency, call your local emergency number.');
    const links = within(note).getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]!.textContent).toBe('Find a crisis line in your country');
    expect(links[0]!.getAttribute('href')).toBe('https://findahelpline.com/');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toBe('noreferrer');
  });
});

describe('the item-9 panel shows the same country’s lines', () => {
  it('with the clinic’s phone and "not monitored" kept', () => {
    render(<Questionnaire measure="phq9" clinic={{ name: 'Sunrise', phone: '555 010 2000', tel: 'tel:5550102000', managed: false }} crisisCountry="GB" onSave={async () => null} />);
    const item9 = screen.getByRole('radiogroup', { name: /Thoughts that you would be better off dead or of hurting yourself in some way$/ });
    fireEvent.click(within(item9).getByRole('radio', { name: 'Several days' }));
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('link', { name: 'Call Samaritans: 116 123' }).getAttribute('href')).toBe('tel:116123');
    expect(within(alert).getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(within(alert).queryByRole('link', { name: 'Call 988' })).toBeNull();
    expect(within(alert).getByRole('link', { name: 'Tell your clinic too: call Sunrise (555 010 2000).' })).toBeTruthy();
    expect(alert.textContent).toContain('Please talk to someone now.');
    expect(alert.textContent).toContain('Afterglow is not monitored and sends nothing to anyone.');
  });
});

describe('"Country for crisis lines" on the settings page', () => {
  it('saves the country chosen, and "from this browser’s region" leaves the setting as an older Afterglow stored it', async () => {
    browserLanguage('en-US');
    render(<OptionsApp />);
    const select = (await screen.findByLabelText('Country for crisis lines')) as HTMLSelectElement;
    expect(select.value).toBe('');
    expect(within(select).getByRole('option', { name: 'From this browser’s region: United States' })).toBeTruthy();
    const hint = document.getElementById(select.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toContain('whatever language Afterglow is in');

    fireEvent.change(select, { target: { value: 'GB' } });
    await waitFor(async () => expect((await settingsItem.getValue()).crisisCountry).toBe('GB'));
    expect(await screen.findByText('Saved')).toBeTruthy();
    // Every crisis link on the page now gives the United Kingdom's lines.
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Call Samaritans: 116 123', hidden: true }).length).toBeGreaterThan(0));
    expect(screen.queryAllByRole('link', { name: 'Call 988', hidden: true })).toEqual([]);

    fireEvent.change(select, { target: { value: '' } });
    await waitFor(async () => expect('crisisCountry' in (await settingsItem.getValue())).toBe(false));
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Call 988', hidden: true }).length).toBeGreaterThan(0));
  });
});
