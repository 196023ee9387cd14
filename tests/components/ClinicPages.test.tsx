import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { LandingPage } from '@/components/LandingPage';
import { OnboardingApp } from '@/entrypoints/onboarding/App';
import { PopupApp } from '@/entrypoints/popup/App';
import { SetupApp } from '@/entrypoints/setup/App';
import { encodeClinicProfile } from '@/utils/clinic/link';
import type { ClinicProfile } from '@/utils/clinic/profile';
import { summarizeProfile } from '@/utils/clinic/summary';
import { clinicItem, habitsItem, settingsItem, treatmentItem } from '@/tests/support/stored';

const sunrise: ClinicProfile = {
  name: 'Sunrise Ketamine Clinic',
  phone: '+1 (555) 010-2000',
  welcome: 'We are glad you are here.',
  protocol: { windowHours: 72 },
  presets: [{ id: 'morning-light', nudges: [{ kind: 'clock', time: '07:30', weekdays: [1, 2, 3, 4, 5] }] }],
};
const stores = { chrome: 'https://chrome.example/afterglow', edge: 'https://edge.example/afterglow', firefox: 'https://amo.example/afterglow' };

/** The landing page as site/landing.tsx renders it; each test changes what it is about. */
function landingPage(props: Partial<Parameters<typeof LandingPage>[0]> = {}) {
  const copy = vi.fn().mockResolvedValue(true);
  render(
    <LandingPage
      clinic={summarizeProfile(sunrise)}
      code="1.eJyrVkrLL8pNVbJSCs7PK0pVMjQwUEjMS1bILMlVSM_PyUnMSwcA"
      linkError={null}
      installed={false}
      noAnswer={false}
      onPhone={false}
      pageUrl="https://start.example-clinic.org/"
      storeUrls={stores}
      copy={copy}
      share={null}
      {...props}
    />,
  );
  return { copy };
}

describe('the popup', () => {
  it('shows the clinic’s name and a phone to tap under the phase card, once a clinic is set up', async () => {
    render(<PopupApp />);
    await screen.findByRole('heading', { name: 'Welcome to Afterglow' });
    expect(screen.queryByTestId('clinic-contact')).toBeNull();
    await clinicItem.setValue({ profile: sunrise, source: 'link', appliedAt: '2026-11-27T10:00:00.000Z', wrote: { protocol: {}, habits: {} } });
    const contact = await screen.findByTestId('clinic-contact');
    expect(contact.textContent).toContain('Sunrise Ketamine Clinic');
    const call = screen.getByRole('link', { name: 'Call Sunrise Ketamine Clinic at +1 (555) 010-2000' });
    expect(call.getAttribute('href')).toBe('tel:+15550102000');
  });
});

describe('the landing page', () => {
  it('greets from the clinic, shows its welcome as text, and offers the stores', () => {
    landingPage();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Set up Afterglow for Sunrise Ketamine Clinic');
    expect(screen.getByText('We are glad you are here.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Install for Chrome' }).getAttribute('href')).toBe(stores.chrome);
    expect(screen.getByRole('link', { name: 'Install for Edge' }).getAttribute('href')).toBe(stores.edge);
    expect(screen.getByRole('link', { name: 'Install for Firefox' }).getAttribute('href')).toBe(stores.firefox);
    expect(screen.getByRole('heading', { name: 'What it keeps private' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Finish the setup' })).toBeNull();
  });

  it('offers to finish the setup where Afterglow is installed', () => {
    landingPage({ installed: true });
    const finish = screen.getByRole('button', { name: 'Finish the setup' });
    expect(finish.getAttribute('data-afterglow-action')).toBe('finish-setup');
    expect(screen.queryByRole('link', { name: 'Install for Chrome' })).toBeNull();
  });

  it('says why a bad link was refused and still offers the stores', () => {
    landingPage({ clinic: null, code: null, linkError: 'This clinic link is damaged or incomplete. Ask your clinic for the link again, or copy all of it. Nothing was changed.', noAnswer: true });
    expect(screen.getByRole('alert').textContent).toContain('damaged or incomplete');
    expect(screen.getByRole('link', { name: 'Install for Chrome' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Afterglow');
    expect(screen.queryByTestId('setup-code')).toBeNull();
  });

  // Issue 17: no dead ends.
  it('offers the setup code to copy, with the two steps, once Afterglow has not answered', async () => {
    landingPage();
    expect(screen.queryByTestId('setup-code')).toBeNull();
    cleanup();
    const { copy } = landingPage({ noAnswer: true });
    expect(screen.getByTestId('setup-code').textContent).toBe('1.eJy rVkrL L8pNV bJSCs 7PK0p VMjQw UEjMS 1bILM lVSM_ PyUnM SwcA');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Open the Afterglow tab that opened after installing, or Afterglow’s settings.',
      'Under “Your clinic”, paste the code into “Clinic link or setup code”, choose Preview, and confirm.',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Copy setup code' }));
    expect(copy).toHaveBeenCalledWith('1.eJyrVkrLL8pNVbJSCs7PK0pVMjQwUEjMS1bILMlVSM_PyUnMSwcA');
    expect(await screen.findByText('Setup code copied.')).toBeTruthy();
  });

  it('on a phone, says to open the page on the computer and offers to send it there', () => {
    const share = vi.fn();
    landingPage({ onPhone: true, noAnswer: true, share });
    expect(screen.getByRole('heading', { name: 'Open this page on your computer' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Send this link to myself' }));
    expect(share).toHaveBeenCalled();
    const email = screen.getByRole('link', { name: 'Email this link to myself' }).getAttribute('href')!;
    expect(email).toBe(`mailto:?subject=${encodeURIComponent('Set up Afterglow for Sunrise Ketamine Clinic')}&body=${encodeURIComponent('https://start.example-clinic.org/')}`);
    // The code is for the computer; a phone cannot use it.
    expect(screen.queryByTestId('setup-code')).toBeNull();
  });

  it('offers email where the phone cannot share', () => {
    landingPage({ onPhone: true, share: null });
    expect(screen.queryByRole('button', { name: 'Send this link to myself' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Email this link to myself' })).toBeTruthy();
  });
});

describe('first-run onboarding', () => {
  it('walks through the four steps with the clinic’s suggestions ticked, each choice saved as made', async () => {
    render(<OnboardingApp />);
    expect(await screen.findByText('Step 1 of 4')).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Clinic link or setup code'), { target: { value: await encodeClinicProfile(sunrise) } });
    fireEvent.click(screen.getByRole('button', { name: 'Preview' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Use this setup' }));
    // The welcome message, once the clinic is set up.
    expect(await screen.findByText('Set up for Sunrise Ketamine Clinic.')).toBeTruthy();
    expect(screen.getByText('We are glad you are here.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'Your treatment dates' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Infusion date and time'), { target: { value: '2026-11-20T09:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add infusion' }));
    await waitFor(async () => expect((await treatmentItem.getValue()).infusions).toHaveLength(1));
    await waitFor(() => expect((screen.getByLabelText('Infusion date and time') as HTMLInputElement).value).toBe(''));

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'Habits and nudge times' })).toBeTruthy();
    expect(screen.getByText(/Your clinic’s suggestions are ticked/)).toBeTruthy();
    expect((screen.getByLabelText('Morning light outside') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Morning light outside: nudge time') as HTMLInputElement).value).toBe('07:30');
    fireEvent.click(screen.getByLabelText('Wind-down for sleep'));
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect((await habitsItem.getValue()).habits.map((h) => h.id)).toEqual(['morning-light', 'wind-down']);
    // Wind-down counts back from bedtime, so bedtime is asked here.
    fireEvent.input(screen.getByLabelText(/Your usual bedtime/), { target: { value: '23:00' } });
    await waitFor(async () => expect((await settingsItem.getValue()).bedtime).toBe('23:00'));

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'What is set up' })).toBeTruthy();
    const ready = screen.getByTestId('setup-ready').textContent!;
    expect(ready).toContain('Your clinic: Sunrise Ketamine Clinic');
    expect(ready).toContain('1 past infusion');
    expect(ready).toContain('Habit: Wind-down for sleep, nudge 60 minutes before your bedtime (23:00)');
    expect(ready).toContain('pin it to the toolbar');
    fireEvent.click(screen.getByRole('button', { name: 'Finish' }));
    expect((await screen.findByRole('status')).textContent).toContain('You can close this tab');
  });

  it('keeps a date typed but not added, and ticks not saved by hand, when Next is pressed', async () => {
    render(<OnboardingApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
    fireEvent.input(await screen.findByLabelText('Infusion date and time'), { target: { value: '2026-11-20T09:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'Habits and nudge times' })).toBeTruthy();
    expect((await treatmentItem.getValue()).infusions).toHaveLength(1);
    expect(screen.getByText('Pick one or two to start. Each choice is saved as you make it.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Movement'));
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('heading', { name: 'What is set up' })).toBeTruthy();
    expect((await habitsItem.getValue()).habits.map((h) => h.id)).toEqual(['movement']);
    expect(screen.getByTestId('setup-ready').textContent).toContain('Habit: Movement');
    expect(screen.getByTestId('setup-ready').textContent).toContain('No clinic');
  });

  it('stays on the step, with the message, when what is typed is not a date', async () => {
    render(<OnboardingApp />);
    fireEvent.click(await screen.findByRole('button', { name: 'Next' }));
    fireEvent.input(await screen.findByLabelText('Infusion date and time'), { target: { value: '1999-12-31T23:59' } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Please enter a date in the year 2000 or later.');
    expect(screen.getByRole('heading', { name: 'Your treatment dates' })).toBeTruthy();
  });

  it('previews a pasted clinic link on Next instead of leaving it behind', async () => {
    render(<OnboardingApp />);
    fireEvent.input(await screen.findByLabelText('Clinic link or setup code'), { target: { value: await encodeClinicProfile(sunrise) } });
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(await screen.findByRole('button', { name: 'Use this setup' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Step 1 of 4')).toBeTruthy();
  });

  it('can be passed from start to finish with Next, changing nothing, and says what is not set up', async () => {
    render(<OnboardingApp />);
    for (const step of [1, 2, 3]) {
      expect(await screen.findByText(`Step ${step} of 4`)).toBeTruthy();
      fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    }
    expect(await screen.findByText('No infusion dates: the toolbar badge starts once you add one')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skip this step' })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Finish' }));
    expect(await clinicItem.getValue()).toBeNull();
    expect((await habitsItem.getValue()).habits).toEqual([]);
    expect((await treatmentItem.getValue()).infusions).toEqual([]);
  });
});

describe('the setup page the landing page opens', () => {
  it('previews the code in its address and sets up on confirmation', async () => {
    window.location.hash = `#afterglow=${await encodeClinicProfile(sunrise)}`;
    render(<SetupApp />);
    expect(await screen.findByText('Window after a treatment: from 48 hours to 72 hours')).toBeTruthy();
    expect(await clinicItem.getValue()).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Use this setup' }));
    expect(await screen.findByText('Done: Afterglow is set up for Sunrise Ketamine Clinic.')).toBeTruthy();
    expect((await treatmentItem.getValue()).protocol.windowHours).toBe(72);
    expect(screen.getByRole('button', { name: 'Open settings' })).toBeTruthy();
  });

  it('refuses to replace a clinic set by device policy', async () => {
    await clinicItem.setValue({ profile: { name: 'Managed Clinic' }, source: 'policy', appliedAt: '2026-11-27T10:00:00.000Z', wrote: { protocol: {}, habits: {} } });
    window.location.hash = `#afterglow=${await encodeClinicProfile(sunrise)}`;
    render(<SetupApp />);
    expect((await screen.findByRole('alert')).textContent).toBe('Your organisation set up a clinic on this device, so a link cannot replace it. Nothing was changed.');
    expect((await clinicItem.getValue())?.profile.name).toBe('Managed Clinic');
  });

  it('says where a clinic link comes from when opened without one', async () => {
    window.location.hash = '';
    render(<SetupApp />);
    expect(await screen.findByText('This page opens from your clinic’s link. To set up a clinic, paste its link in settings.')).toBeTruthy();
  });
});
