import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { chunkLoader } from './scripts/chunkLoader';

// The pure core runs in two time zones whose DST changes fall on different dates, so every
// date rule is checked where the clocks move (docs/clinical-defaults.md#rest-day: the 06:00 rule).
const project = (name: string, timeZone: string, include: string[]) => ({
  // WxtVitest stubs `browser` with fakeBrowser; it does not apply wxt.config's vite plugins.
  plugins: [WxtVitest(), preact(), chunkLoader()],
  test: {
    name,
    include,
    env: { TZ: timeZone },
    environment: 'happy-dom',
    setupFiles: ['fake-indexeddb/auto', 'tests/setup.ts'],
    restoreMocks: true,
  },
});

export default defineConfig({
  test: {
    // In CI a JSON report lets .ci/run print one closing line of totals.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: { json: 'test-results/unit.json' },
    projects: [
      project('unit · Los Angeles', 'America/Los_Angeles', ['tests/unit/**/*.test.ts']),
      project('unit · Berlin', 'Europe/Berlin', ['tests/unit/**/*.test.ts']),
      project('components', 'Europe/Berlin', ['tests/components/**/*.test.tsx']),
    ],
  },
});
