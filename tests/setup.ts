import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT does not reset the fake browser between tests, and without vitest globals
// testing-library does not unmount on its own.
beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  cleanup();
});
