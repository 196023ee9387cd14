// `npm run screenshots` (issue 14): pictures of the real build in Chromium, with example data put
// in place the way a patient would, through the options page's "Restore from a backup file"
// (as the benchmark seeds, bench/seedThroughOptions.js). Writes, light and dark:
//   docs/screenshots/popup-{window,induction,maintenance}-{light,dark}.png  (the popup at its size)
//   docs/screenshots/{settings,clinic-builder,landing}-{light,dark}.png
//   docs/store/screenshot-{1,2,3}.png (1280x800) and docs/store/tile.png (440x280)
//   site/public/popup.png (the landing page's picture of the popup)
// Needs the Chrome build (.output/chrome-mv3) and the site (site-dist/): the npm script makes both.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { importTs } from '../bench/bundle.js';
import { CHROMIUM_PATH, chromiumArgs } from './chromium.js';
import { compressPng } from './screenshots/compressPng.js';

const EXTENSION = resolve(process.env.AFTERGLOW_OUT_DIR ?? '.output', 'chrome-mv3');
const SITE = resolve('site-dist');
const SHOTS = resolve('docs/screenshots');
const STORE = resolve('docs/store');
const WORK = resolve('.output/screenshots');
const SCHEMES = ['light', 'dark'];
// The popup's width is its body's (entrypoints/popup/popup.css); Chrome cuts it at 600 px high.
const POPUP = { width: 460, height: 600 };
const WIDE = { width: 1280, height: 800 };
const STEP_TIMEOUT = 60_000;

mkdirSync(SHOTS, { recursive: true });
mkdirSync(STORE, { recursive: true });
mkdirSync(WORK, { recursive: true });

const { EXAMPLES, exampleFile, RESTORE_SENTENCES: say, WORDS } = await importTs('scripts/screenshots/examples.ts', WORK);

const written = [];
/** Writes a screenshot, compressed (a palette where it loses nothing visible). */
function save(path, png) {
  const small = compressPng(png);
  writeFileSync(path, small);
  written.push(`${path.replace(`${resolve('.')}/`, '')}  ${(small.length / 1024).toFixed(0)} KB`);
  return small;
}

/** The site, served on 127.0.0.1 for the landing page (module scripts do not load from file://). */
function serveSite() {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png', '.svg': 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = join(SITE, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\/$/, '/index.html'));
    if (!path.startsWith(SITE)) return res.writeHead(403).end();
    try {
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

const profile = await mkdtemp(join(tmpdir(), 'afterglow-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: chromiumArgs([EXTENSION]),
  viewport: WIDE,
});
const server = await serveSite();

try {
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const base = `chrome-extension://${worker.url().split('/')[2]}`;

  /** The example's data in place, as a patient would: delete all, restore the file, remove the kept copy. */
  const seed = async (example) => {
    const page = await context.newPage();
    await page.goto(`${base}/options.html#data`);
    await page.getByRole('button', { name: say.eraseStart, exact: true }).click();
    await page.getByRole('alertdialog', { name: say.eraseDialog }).getByRole('button', { name: say.eraseConfirm, exact: true }).click();
    await page.getByText(say.eraseDone, { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
    const { text, doneSentence } = exampleFile(example, new Date());
    const file = join(WORK, `afterglow-example-${example}.json`);
    writeFileSync(file, text);
    await page.getByLabel(say.fileInput, { exact: true }).setInputFiles(file);
    await page.getByRole('region', { name: say.preview }).waitFor({ timeout: STEP_TIMEOUT });
    await page.getByRole('button', { name: say.replace, exact: true }).click();
    await page.getByText(doneSentence, { exact: true }).waitFor({ timeout: STEP_TIMEOUT });
    // A copy of nothing (taken just after "Delete all my data") is not offered (issue 16).
    const copy = page.getByRole('region', { name: say.copyRegion });
    const remove = copy.getByRole('button', { name: say.removeCopy, exact: true });
    if (await remove.waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false)) {
      await remove.click();
      await copy.waitFor({ state: 'detached', timeout: STEP_TIMEOUT });
    }
    await page.close();
  };

  /** The popup as Chrome shows it: its own width, as tall as its content (at most 600 px). */
  const popupShot = async (scheme) => {
    const page = await context.newPage();
    await page.setViewportSize(POPUP);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${base}/popup.html`);
    await page.getByTestId('phase-card').waitFor();
    await page.getByTestId('log-now').waitFor();
    await page.getByTestId('habit-list').waitFor();
    await page.waitForTimeout(300);
    const height = Math.ceil(await page.evaluate(() => document.body.getBoundingClientRect().height));
    await page.setViewportSize({ width: POPUP.width, height: Math.min(height, POPUP.height) });
    const png = await page.screenshot();
    await page.close();
    return { png, height };
  };

  const popups = {};
  for (const example of EXAMPLES) {
    await seed(example);
    for (const scheme of SCHEMES) {
      const { png, height } = await popupShot(scheme);
      popups[`${example}-${scheme}`] = save(join(SHOTS, `popup-${example}-${scheme}.png`), png);
      console.log(`popup ${example} ${scheme}: ${height} px tall`);
    }
  }
  // The landing page's picture: in the site's sources, and in this build of it for its screenshot.
  writeFileSync(resolve('site/public/popup.png'), popups['window-light']);
  writeFileSync(join(SITE, 'popup.png'), popups['window-light']);

  /** A page at the store's size, light and dark; returns the light one. */
  const pageShots = async (name, url, ready) => {
    let light;
    for (const scheme of SCHEMES) {
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await ready(page);
      await page.waitForTimeout(300);
      const png = save(join(SHOTS, `${name}-${scheme}.png`), await page.screenshot());
      if (scheme === 'light') light = png;
      await page.close();
    }
    return light;
  };

  // The settings page of the last example (maintenance), at its habits.
  const settings = await pageShots('settings', `${base}/options.html#habits`, (page) => page.getByRole('navigation').waitFor());
  await pageShots('clinic-builder', `${base}/clinic.html`, async (page) => {
    await page.getByLabel(WORDS.clinicName, { exact: true }).fill(WORDS.exampleClinic);
    await page.getByLabel(WORDS.clinicPhone, { exact: true }).fill('+1 555 010 0199');
  });
  const { port } = server.address();
  await pageShots('landing', `http://127.0.0.1:${port}/index.html`, (page) => page.getByRole('heading', { level: 1 }).waitFor());

  // The store's images, composed from the same pictures with the product's own words (as text).
  const text = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const words = Object.fromEntries(Object.entries(WORDS).map(([k, v]) => [k, text(v)]));
  const dataUrl = (png) => `data:image/png;base64,${png.toString('base64')}`;
  const icon = dataUrl(readFileSync(resolve('public/icon/128.png')));
  const compose = async (name, size, body) => {
    const page = await context.newPage();
    await page.setViewportSize(size);
    await page.setContent(`<!doctype html><html><head><style>
      html, body { margin: 0; height: 100%; }
      body { font: 16px/1.4 system-ui, sans-serif; color: #1f2937; background: linear-gradient(135deg, #fff7ed, #fed7aa); display: flex; align-items: center; justify-content: center; gap: 56px; }
      h1 { font-size: 52px; margin: 0 0 16px; color: #9a3412; } p { font-size: 22px; margin: 0 0 12px; max-width: 520px; }
      img.shot { border-radius: 12px; box-shadow: 0 12px 40px rgba(124, 45, 18, 0.25); }
      .brand { display: flex; align-items: center; gap: 16px; }
    </style></head><body>${body}</body></html>`);
    await page.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
    save(join(STORE, name), await page.screenshot());
    await page.close();
  };
  await compose('screenshot-1.png', WIDE, `<div><div class="brand"><img src="${icon}" width="72" height="72" alt=""><h1>${words.name}</h1></div><p>${words.description}</p><p>${words.privacy}</p></div><img class="shot" src="${dataUrl(popups['window-light'])}" alt="">`);
  await compose('screenshot-2.png', WIDE, `<img class="shot" src="${dataUrl(popups['induction-light'])}" alt=""><img class="shot" src="${dataUrl(popups['maintenance-dark'])}" alt="">`);
  await compose('screenshot-3.png', WIDE, `<img class="shot" src="${dataUrl(settings)}" alt="" style="width: 1120px">`);
  await compose('tile.png', { width: 440, height: 280 }, `<div class="brand"><img src="${icon}" width="88" height="88" alt=""><div><h1 style="font-size: 40px; margin: 0">${words.name}</h1><p style="font-size: 17px; max-width: 240px">${words.tagline}</p></div></div>`);
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(written.join('\n'));
