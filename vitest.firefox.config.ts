import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end in Firefox: the Firefox MV3 build (.output/firefox-mv3) in Debian's firefox-esr,
// driven over Marionette (tests/firefox/support/).
export default defineConfig({
  // `@/…` as in tsconfig, for the shared fixtures and the clinic-link code (the same alias as the
  // end-to-end config on main, 477cede).
  resolve: { alias: { '@/': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['tests/firefox/**/*.firefox.test.ts'],
    environment: 'node',
    testTimeout: 45_000,
    hookTimeout: 45_000,
    // One browser at a time: these machines have two cores.
    fileParallelism: false,
    // A build that cannot render fails the first journey in seconds; stop there rather than
    // let every journey wait out its timeouts on the same fault.
    bail: 1,
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/firefox.json' },
  },
});
