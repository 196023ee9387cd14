/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedExtension } from './extension';
import { launchExtension, localInput, until } from './extension';

// Issue 16, walked as a patient would: nothing typed is lost, and nothing on screen says what isn't true.
describe('nothing a patient types is lost', () => {
  let ext: LoadedExtension;
  const title = () => ext.inWorker(() => chrome.action.getTitle({}));
  const stored = async <T,>(key: string) => (await ext.inWorker(() => chrome.storage.local.get(null)))[key] as T;
  const treatment = () => stored<{ infusions: Array<{ at: string }>; protocol: Record<string, number | null> }>('treatment');
  const habits = () => stored<{ habits: Array<{ id: string; status: string; goal: { per: string; times?: number }; nudges: Array<{ time?: string }> }> }>('habits');
  const settings = () => stored<{ bedtime: string; workingHours: { start: string }; quietHours: { start: string } }>('settings');

  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(async () => {
    await ext?.dispose();
  });

  it('onboarding keeps a date typed and a habit ticked when Next is pressed, and the last step lists them', async () => {
    const onboarding =
      ext.context.pages().find((p) => p.url().endsWith('/onboarding.html')) ??
      (await ext.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/onboarding.html') }));
    await onboarding.getByText('Step 1 of 4').waitFor();
    await onboarding.getByRole('button', { name: 'Next' }).click();
    // Tomorrow, typed and never "added": Next adds it.
    await onboarding.getByLabel('Infusion date and time').fill(localInput(-24));
    await onboarding.getByRole('button', { name: 'Next' }).click();
    await onboarding.getByRole('heading', { name: 'Habits and nudge times' }).waitFor();
    expect((await treatment()).infusions).toHaveLength(1);
    // No clinic, so nothing claims the clinic's suggestions are ticked.
    expect(await onboarding.getByText('Your clinic’s suggestions', { exact: false }).count()).toBe(0);

    await onboarding.getByRole('checkbox', { name: 'Movement', exact: true }).check();
    await onboarding.getByRole('button', { name: 'Next' }).click();
    await onboarding.getByRole('heading', { name: 'What is set up' }).waitFor();
    expect((await habits()).habits.map((h) => h.id)).toEqual(['movement']);
    const ready = await onboarding.getByTestId('setup-ready').textContent();
    expect(ready).toContain('Next infusion: tomorrow');
    expect(ready).toContain('Habit: Movement');
    expect(ready).toContain('No clinic');
    expect(ready).toContain('Chrome: click the puzzle-piece icon');
    await onboarding.close();
  });

  it('with only a planned infusion, the tooltip names it as the popup does', async () => {
    const tooltip = await until(async () => (await title()).startsWith('Afterglow: next infusion tomorrow'), true);
    expect(tooltip).toBe(true);
    const popup = await ext.open('popup.html');
    const moment = (await title()).replace('Afterglow: next infusion ', '');
    await popup.getByText(`Next infusion: ${moment}`).waitFor();
    await popup.close();
  });

  it('asks whether an infusion 30 minutes from another is the same one', async () => {
    const options = await ext.open('options.html');
    const [first, second] = [localInput(10), localInput(9.5)];
    await options.getByLabel('Infusion date and time').fill(first);
    await options.getByRole('button', { name: 'Add infusion' }).click();
    await options.getByText('10 hours ago', { exact: false }).waitFor();
    await options.getByLabel('Infusion date and time').fill(second);
    await options.getByRole('button', { name: 'Add infusion' }).click();
    await expect(options.getByRole('alert').textContent()).resolves.toContain('Is this the same infusion?');
    expect((await treatment()).infusions).toHaveLength(2);
    await options.getByRole('button', { name: 'The same one: change its time' }).click();
    await expect.poll(async () => (await treatment()).infusions.length).toBe(2);
    await expect.poll(async () => (await treatment()).infusions.some((i) => i.at === new Date(second).toISOString())).toBe(true);
    await options.close();
  });

  it('deletes an infusion and puts it back with Undo', async () => {
    const options = await ext.open('options.html');
    const before = (await treatment()).infusions;
    await options.getByRole('button', { name: /^Delete Infusion .* hours ago/ }).click();
    await expect.poll(async () => (await treatment()).infusions.length).toBe(1);
    const undo = options.getByRole('button', { name: /^Undo deleting Infusion/ });
    await undo.waitFor();
    await undo.click();
    await expect.poll(async () => (await treatment()).infusions).toEqual(before);
    await options.close();
  });

  describe('every settings field survives closing the tab right after a valid value is typed', () => {
    const closingRightAfter = async (type: (options: Page) => Promise<void>) => {
      const options = await ext.open('options.html');
      await options.getByRole('heading', { name: 'Your protocol' }).waitFor();
      await type(options);
      await options.close();
    };

    it.each([
      ['Infusions in the series', '8', 'inductionCount', 8],
      ['Infusions per week', '3', 'infusionsPerWeek', 3],
      ['Window after an infusion (hours)', '72', 'windowHours', 72],
      ['Booster reminder (weeks, empty for none)', '4', 'boosterIntervalWeeks', 4],
      ['Therapy sessions', '5', 'therapySessionCount', 5],
    ])('%s', async (label, value, key, expected) => {
      await closingRightAfter((options) => options.getByRole('spinbutton', { name: label, exact: true }).fill(value));
      await expect.poll(async () => (await treatment()).protocol[key]).toBe(expected);
    });

    it('bedtime, working hours and quiet hours', async () => {
      await closingRightAfter((options) => options.getByLabel('Bedtime', { exact: true }).fill('23:15'));
      await expect.poll(async () => (await settings()).bedtime).toBe('23:15');
      await closingRightAfter((options) => options.getByLabel('Working hours start', { exact: true }).fill('08:30'));
      await expect.poll(async () => (await settings()).workingHours.start).toBe('08:30');
      await closingRightAfter((options) => options.getByLabel('Quiet hours start', { exact: true }).fill('22:00'));
      await expect.poll(async () => (await settings()).quietHours.start).toBe('22:00');
    });

    it('a habit’s goal and a nudge time', async () => {
      await closingRightAfter((options) => options.getByLabel('Movement: times a week', { exact: true }).fill('3'));
      await expect.poll(async () => (await habits()).habits.find((h) => h.id === 'movement')?.goal.times).toBe(3);
      await closingRightAfter(async (options) => {
        await options.getByRole('checkbox', { name: 'Morning light outside', exact: true }).check();
        await options.getByLabel('Morning light outside: time', { exact: true }).fill('07:45');
      });
      await expect.poll(async () => (await habits()).habits.find((h) => h.id === 'morning-light')?.nudges[0]?.time).toBe('07:45');
    });
  });
});
