import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { BuilderActions } from '@/components/ClinicBuilder';
import { ClinicBuilder } from '@/components/ClinicBuilder';
import { makeClinicCode, parseClinicLink } from '@/utils/clinic/link';

const landing = 'https://start.example.org/';

function setup(overrides: Partial<BuilderActions> = {}, landingAddress = landing) {
  const actions: BuilderActions = {
    makeCode: makeClinicCode,
    copy: vi.fn().mockResolvedValue(true),
    downloadQr: vi.fn(),
    downloadLandingPage: vi.fn().mockResolvedValue(true),
    print: vi.fn(),
    ...overrides,
  };
  render(<ClinicBuilder landing={landingAddress} actions={actions} />);
  return actions;
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const installLink = () => (screen.getByLabelText('Install link') as HTMLTextAreaElement).value;
const button = (name: string) => screen.getByRole('button', { name }) as HTMLButtonElement;
/** The setup code as shown, in groups; '' before there is one. */
const shownCode = () => screen.queryByTestId('setup-code')?.textContent ?? '';

describe('the clinic link builder', () => {
  it('has the labelled fields clinic staff fill in, and no code or link until the clinic is named', () => {
    setup();
    for (const label of ['Clinic name', 'Clinic phone', 'Website', 'Welcome message', 'Landing page address', 'Infusions in the series', 'Booster reminder (weeks)']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(installLink()).toBe('');
    expect(shownCode()).toBe('');
    for (const name of ['Copy setup code', 'Copy link', 'Download QR code (SVG)', 'Download landing page (zip)', 'Print a handout']) {
      expect(button(name).disabled, name).toBe(true);
    }
    expect((screen.getByLabelText('Landing page address') as HTMLInputElement).value).toBe(landing);
  });

  it('makes an install link that carries exactly what was filled in, and previews it', async () => {
    setup();
    type('Clinic name', 'Sunrise Ketamine Clinic');
    type('Clinic phone', '+1 555 010 2000');
    type('Welcome message', 'We are glad you are here.');
    type('Window after an infusion (hours)', '72');
    fireEvent.click(screen.getByLabelText('Morning light outside'));
    type('Morning light outside: nudge time', '07:30');

    await waitFor(() => expect(installLink()).toMatch(/^https:\/\/start\.example\.org\/#afterglow=2\./));
    expect(await parseClinicLink(installLink())).toMatchObject({
      ok: true,
      profile: {
        name: 'Sunrise Ketamine Clinic',
        phone: '+1 555 010 2000',
        welcome: 'We are glad you are here.',
        protocol: { windowHours: 72 },
        presets: [{ id: 'morning-light', nudges: [{ kind: 'clock', time: '07:30', weekdays: [0, 1, 2, 3, 4, 5, 6] }] }],
      },
    });
    const preview = screen.getByTestId('clinic-details');
    expect(preview.textContent).toContain('We are glad you are here.');
    expect(preview.textContent).toContain('Window after a treatment: 72 hours');
    expect(preview.textContent).toContain('Morning light outside: every day, nudge at 07:30');
  });

  it('draws the QR code from elements, and downloads, copies and prints through its actions', async () => {
    const actions = setup();
    type('Clinic name', 'Sunrise');
    await waitFor(() => expect(installLink()).not.toBe(''));
    const qr = screen.getAllByTestId('qr-code')[0]!;
    expect(qr.getAttribute('role')).toBe('img');
    expect(qr.querySelector('path')!.getAttribute('d')).toMatch(/^M\d+ \d+h\d+v1h-\d+z/);

    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    await waitFor(() => expect(actions.copy).toHaveBeenCalledWith(installLink()));
    expect((await screen.findByText('Copied.')).getAttribute('role')).toBe('status');
    fireEvent.click(screen.getByRole('button', { name: 'Download QR code (SVG)' }));
    expect(actions.downloadQr).toHaveBeenCalledWith(expect.objectContaining({ size: expect.any(Number) }), 'Sunrise');
    fireEvent.click(screen.getByRole('button', { name: 'Print a handout' }));
    expect(actions.print).toHaveBeenCalled();
  });

  it('says where copying failed, so the link can be copied by hand', async () => {
    setup({ copy: vi.fn().mockResolvedValue(false) });
    type('Clinic name', 'Sunrise');
    await waitFor(() => expect(installLink()).not.toBe(''));
    fireEvent.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Copying did not work here: select the link and copy it.')).toBeTruthy();
  });

  it('marks a bad field, withdraws the link, and names nothing as valid', async () => {
    setup();
    type('Clinic name', 'Sunrise');
    await waitFor(() => expect(installLink()).not.toBe(''));
    type('Website', 'http://sunrise.example');
    await waitFor(() => expect(installLink()).toBe(''));
    const field = screen.getByLabelText('Website');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter an address starting with https://.').getAttribute('role')).toBe('alert');
    expect(screen.getByText('Fix the marked fields to make the link.')).toBeTruthy();
  });

  it('shows a name that looks like markup as a refusal, never as markup', async () => {
    setup();
    type('Clinic name', '<img src=x onerror=alert(1)>');
    expect(await screen.findByText('Leave out < and > and anything that looks like code.')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(installLink()).toBe('');
  });

  it('makes the setup code without a landing page, in groups a person can type, with no link and no error', async () => {
    const actions = setup({}, '');
    type('Clinic name', 'Sunrise');
    type('Therapy sessions', '5');
    await waitFor(() => expect(shownCode()).not.toBe(''));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(installLink()).toBe('');
    expect(shownCode().split(' ').every((group) => group.length <= 5)).toBe(true);
    expect(await parseClinicLink(shownCode())).toMatchObject({ ok: true, profile: { name: 'Sunrise', protocol: { therapySessionCount: 5 } } });
    expect(button('Copy link').disabled).toBe(true);

    fireEvent.click(button('Copy setup code'));
    await waitFor(() => expect(actions.copy).toHaveBeenCalledWith(shownCode().replace(/ /g, '')));
    expect((await screen.findByText('Setup code copied.')).getAttribute('role')).toBe('status');
    fireEvent.click(button('Download landing page (zip)'));
    expect(actions.downloadLandingPage).toHaveBeenCalledWith(shownCode().replace(/ /g, ''), 'Sunrise');
    expect(button('Print a handout').disabled).toBe(false);
    // The handout prints the same groups.
    expect(document.querySelector('.handout .setup-code')?.textContent).toBe(shownCode());
  });

  it('gives the clinic’s own page a link that is its address alone', async () => {
    setup({}, '');
    type('Clinic name', 'Sunrise');
    type('Landing page address', 'https://start.example-clinic.org/');
    fireEvent.click(screen.getByLabelText(/This address hosts our own landing page/));
    await waitFor(() => expect(installLink()).toBe('https://start.example-clinic.org/'));
    expect(shownCode()).toMatch(/^2\./);
  });

  it('marks a landing address that is not https, and makes nothing until it is fixed or emptied', async () => {
    setup({}, '');
    type('Clinic name', 'Sunrise');
    type('Landing page address', 'http://start.example.org/');
    expect((await screen.findByRole('alert')).textContent).toBe('Enter the landing page’s address, starting with https://.');
    expect(shownCode()).toBe('');
    type('Landing page address', '');
    await waitFor(() => expect(shownCode()).not.toBe(''));
  });

  it('shows a ticked habit’s own values in its fields, as the preview does, and keeps them out of the code', async () => {
    setup();
    type('Clinic name', 'Sunrise');
    fireEvent.click(screen.getByLabelText('Morning light outside'));
    fireEvent.click(screen.getByLabelText('Movement'));
    expect((screen.getByLabelText('Morning light outside: nudge time') as HTMLInputElement).value).toBe('08:00');
    expect((screen.getByLabelText('Movement: times a week') as HTMLInputElement).value).toBe('1');
    await waitFor(() => expect(screen.getByTestId('clinic-details').textContent).toContain('Morning light outside: every day, nudge at 08:00'));
    await waitFor(() => expect(shownCode()).not.toBe(''));
    expect(await parseClinicLink(shownCode())).toMatchObject({ ok: true, profile: { presets: [{ id: 'morning-light' }, { id: 'movement' }] } });

    // Emptied and left, a field gets the value back rather than staying blank.
    const time = screen.getByLabelText('Morning light outside: nudge time') as HTMLInputElement;
    fireEvent.input(time, { target: { value: '' } });
    fireEvent.blur(time);
    await waitFor(() => expect(time.value).toBe('08:00'));
  });

  it('says the booster reminder in words in the preview, never the form’s hint', async () => {
    setup();
    type('Clinic name', 'Sunrise');
    type('Booster reminder (weeks)', '4');
    await waitFor(() => expect(screen.getByTestId('clinic-details').textContent).toContain('Booster reminder: every 4 weeks'));
    expect(screen.getByTestId('clinic-details').textContent).not.toMatch(/empty for none|\(weeks/);
  });

  it('says when the code would be too long', async () => {
    setup({ makeCode: async () => ({ ok: false, error: 'The link would be 2100 characters long, and the limit is 2048. Shorten the welcome message or the nudge texts.' }) });
    type('Clinic name', 'Sunrise');
    expect((await screen.findByRole('alert')).textContent).toContain('the limit is 2048');
    expect(installLink()).toBe('');
    expect(shownCode()).toBe('');
  });
});
