import { describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerClinicListeners } from '@/entrypoints/background/clinicListeners';
import { codeInFragment, looksLikeCode, MAX_CODE_LENGTH } from '@/utils/clinic/code';
import { OPEN_SETUP, isSetupRequest, setupPagePath } from '@/utils/clinic/landingHandshake';

const landing = 'http://127.0.0.1:41731';
const own = 'our-extension-id';
const fromLanding = { id: own, url: `${landing}/#afterglow=1.eJyr`, frameId: 0, tab: { id: 3, index: 0 } };
const request = { type: OPEN_SETUP, code: '1.eJyrVkrLz1eyUkpKLFKqBQAc8gRd' };

describe('the landing page handshake', () => {
  it('accepts our content script in the top frame of the landing page', () => {
    expect(isSetupRequest(request, fromLanding, own, landing)).toBe(true);
  });

  it.each([
    ['no landing origin in this build', request, fromLanding, null],
    ['another page', request, { ...fromLanding, url: 'https://evil.example/#afterglow=1.x' }, landing],
    ['another port on the landing host', request, { ...fromLanding, url: 'http://127.0.0.1:8080/' }, landing],
    ['a frame inside the page', request, { ...fromLanding, frameId: 4 }, landing],
    ['another extension', request, { ...fromLanding, id: 'someone-else' }, landing],
    ['an extension page, not a tab', request, { id: own, url: `${landing}/`, frameId: 0 }, landing],
    ['another message', { type: 'hello', code: request.code }, fromLanding, landing],
    ['a code with markup', { type: OPEN_SETUP, code: '1.<script>' }, fromLanding, landing],
    ['an oversized code', { type: OPEN_SETUP, code: `1.${'A'.repeat(MAX_CODE_LENGTH)}` }, fromLanding, landing],
    ['no message', null, fromLanding, landing],
  ])('refuses %s', (_name, message, sender, origin) => {
    expect(isSetupRequest(message, sender, own, origin)).toBe(false);
  });

  it('finds the code in the fragment, alone or among other parameters', () => {
    expect(codeInFragment('#afterglow=1.abc')).toBe('1.abc');
    expect(codeInFragment('#ref=mail&afterglow=1.abc&x=y')).toBe('1.abc');
    expect(codeInFragment('#notafterglow=1.abc')).toBeNull();
    expect(codeInFragment('')).toBeNull();
    expect(codeInFragment('#afterglow=%E0%A4%A')).toBeNull();
  });

  it('recognises a code by its shape only', () => {
    expect(looksLikeCode('1.eJyr-_')).toBe(true);
    expect(looksLikeCode('eJyr')).toBe(false);
    expect(looksLikeCode(12)).toBe(false);
  });

  it('opens the setup page with the code', () => {
    expect(setupPagePath('1.abc')).toBe('/setup.html#afterglow=1.abc');
  });
});

/** Tabs showing one of the extension's pages (the fake browser starts with a blank tab). */
const extensionTabs = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url).filter((url) => url?.startsWith('chrome-extension://'));

describe('the background on install', () => {
  it('opens onboarding once, on a new install only', async () => {
    registerClinicListeners();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    expect(await extensionTabs()).toEqual([]);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    expect(await extensionTabs()).toEqual([fakeBrowser.runtime.getURL('/onboarding.html')]);
  });

  it('opens no page for a message when this build has no landing page', async () => {
    registerClinicListeners();
    await fakeBrowser.runtime.onMessage.trigger(request, { ...fromLanding, id: fakeBrowser.runtime.id } as Browser.runtime.MessageSender, () => {});
    expect(await extensionTabs()).toEqual([]);
  });
});
