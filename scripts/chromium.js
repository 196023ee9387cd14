// How Debian's Chromium is started with extensions, for the end-to-end tests and the benchmark.
// Without the background-networking switches Chromium tries hosts these machines cannot reach.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless switches that load exactly the given unpacked extensions. */
export function chromiumArgs(extensionDirs) {
  const dirs = extensionDirs.join(',');
  return [
    '--headless=new',
    `--disable-extensions-except=${dirs}`,
    `--load-extension=${dirs}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ];
}
