// Renders the habits' notification icons to public/nudge/<preset>.png in Chromium
// (chrome.notifications needs a raster image). Run after changing a drawing:
// node scripts/nudge-icons.js
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './chromium.js';

// Original drawings, one per habit, in the colours of the toolbar icon.
const frame = (bg, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128"><rect x="4" y="4" width="120" height="120" rx="28" fill="${bg}"/>${body}</svg>`;
const line = 'stroke="#fde68a" stroke-width="8" stroke-linecap="round" stroke-linejoin="round" fill="none"';

const ICONS = {
  // A sun rising over the horizon, rays up.
  'morning-light': frame('#c2410c', `<circle cx="64" cy="78" r="24" fill="#fde68a"/><path d="M4 78h120v18a28 28 0 0 1-28 28H32A28 28 0 0 1 4 96z" fill="#7c2d12"/><path d="M64 22v14M28 40l10 10M100 40l-10 10" ${line}/>`),
  // A sun half set, the sky darker.
  'evening-light': frame('#7c2d12', `<circle cx="64" cy="84" r="28" fill="#fdba74"/><path d="M4 84h120v12a28 28 0 0 1-28 28H32A28 28 0 0 1 4 96z" fill="#431407"/><path d="M30 98h68M44 110h40" ${line}/>`),
  // A walking figure.
  movement: frame('#166534', `<circle cx="70" cy="28" r="10" fill="#fde68a"/><path d="M66 44l-8 30 18 14 4 24M58 74l-14 36M62 52l-18 12M66 50l20 14" ${line}/>`),
  // A figure standing up with arms raised: a break from the screen.
  'movement-breaks': frame('#1e40af', `<circle cx="64" cy="30" r="10" fill="#fde68a"/><path d="M64 46v34M64 80l-14 30M64 80l14 30M64 54l-22-20M64 54l22-20" ${line}/>`),
  // A crescent moon and a star.
  'wind-down': frame('#312e81', `<path d="M78 26a38 38 0 1 0 26 58 30 30 0 0 1-26-58z" fill="#fde68a"/><path d="M96 30l3 8 8 3-8 3-3 8-3-8-8-3 8-3z" fill="#fde68a"/>`),
  // An open notebook with a pen line.
  reflect: frame('#9a3412', `<path d="M64 36c-12-8-28-8-40-4v60c12-4 28-4 40 4 12-8 28-8 40-4V32c-12-4-28-4-40 4z" fill="#fde68a"/><path d="M64 36v60" stroke="#9a3412" stroke-width="5"/><path d="M34 52h18M34 64h18M76 52h18M76 64h14" stroke="#9a3412" stroke-width="5" stroke-linecap="round"/>`),
  // Two speech bubbles: a conversation.
  therapy: frame('#166534', `<path d="M20 30h56a8 8 0 0 1 8 8v26a8 8 0 0 1-8 8H44l-14 12V72H20a8 8 0 0 1-8-8V38a8 8 0 0 1 8-8z" fill="#fde68a"/><path d="M92 56h16a8 8 0 0 1 8 8v24a8 8 0 0 1-8 8h-8v12l-14-12H64a8 8 0 0 1-8-8v-8" ${line}/>`),
  // The patient's own habit: a sprout.
  custom: frame('#c2410c', `<path d="M64 112V64" ${line}/><path d="M64 70c-4-20-20-30-40-28 2 20 18 30 40 28zM64 60c4-20 20-30 40-28-2 20-18 30-40 28z" fill="#fde68a"/>`),
};

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const page = await browser.newPage();
await page.setViewportSize({ width: 128, height: 128 });
for (const [name, svg] of Object.entries(ICONS)) {
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:128px;height:128px}</style>${svg}`);
  await page.screenshot({ path: `public/nudge/${name}.png`, omitBackground: true });
}
await browser.close();
console.log(`nudge icons written: public/nudge/{${Object.keys(ICONS).join(',')}}.png`);
