import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { BuilderActions } from '@/components/ClinicBuilder';
import { ClinicBuilder } from '@/components/ClinicBuilder';
import { makeClinicLink, parseClinicLink } from '@/utils/clinic/link';

const landing = 'https://start.example.org/';

function setup(overrides: Partial<BuilderActions> = {}, landingAddress = landing) {
  const actions: BuilderActions = {
    makeLink: makeClinicLink,
    copy: vi.fn().mockResolvedValue(true),
    downloadQr: vi.fn(),
    print: vi.fn(),
    ...overrides,
  };
  render(<ClinicBuilder landing={landingAddress} actions={actions} />);
  return actions;
}

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const installLink = () => (screen.getByLabelText('Install link') as HTMLTextAreaElement).value;

describe('the clinic link builder', () => {
  it('has the labelled fields clinic staff fill in, and no link until the clinic is named', () => {
    setup();
    for (const label of ['Clinic name', 'Clinic phone', 'Website', 'Welcome message', 'Landing page address', 'Infusions in the series']) {
      expect(screen.getByLabelText(label)).toBeTruthy();
    }
    expect(installLink()).toBe('');
    expect((screen.getByRole('button', { name: 'Copy link' }) as HTMLButtonElement).disabled).toBe(true);
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

    await waitFor(() => expect(installLink()).toMatch(/^https:\/\/start\.example\.org\/#afterglow=1\./));
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
    expect(preview.textContent).toContain('Window after an infusion (hours): 72');
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

  it('asks for the landing page’s address when the build has none, once the form is in use', async () => {
    setup({}, '');
    expect(screen.queryByRole('alert')).toBeNull();
    type('Clinic name', 'Sunrise');
    expect((await screen.findByRole('alert')).textContent).toBe('Enter the landing page’s address, starting with https://.');
    type('Landing page address', 'https://start.example.org/afterglow/');
    await waitFor(() => expect(installLink()).toMatch(/^https:\/\/start\.example\.org\/afterglow\/#afterglow=1\./));
  });

  it('says when the link would be too long', async () => {
    setup({ makeLink: async () => ({ ok: false, error: 'The link would be 2100 characters long, and the limit is 2048. Shorten the welcome message or the nudge texts.' }) });
    type('Clinic name', 'Sunrise');
    expect((await screen.findByRole('alert')).textContent).toContain('the limit is 2048');
    expect(installLink()).toBe('');
  });
});
