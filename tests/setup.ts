import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT does not reset the fake browser between tests, and without vitest globals
// testing-library does not unmount on its own.
beforeEach(() => {
  fakeBrowser.reset();
  // The fake browser has no manifest; the options page's About section shows the version.
  fakeBrowser.runtime.getManifest = () => ({ manifest_version: 3, name: 'Afterglow', version: '0.1.0' });
});
afterEach(() => {
  cleanup();
});
