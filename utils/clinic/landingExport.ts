import { strToU8, zipSync } from 'fflate';
import { CODE_META_NAME, looksLikeCode } from './code';

/**
 * A clinic's own landing page, exported by the builder as a zip to host anywhere (issue 17).
 * The page is the same landing page as Afterglow's site, with the clinic's code built into
 * its HTML, so the clinic's link is its address alone: short, no fragment, a small QR code.
 * The page and the extension's content script both read the code from the <meta> first
 * (utils/clinic/code.ts codeOnLandingPage). It carries the clinic's profile only.
 */

/** The landing page's script and styles, built once per build (site/landingBundle.ts). */
export interface LandingBundle {
  js: string;
  css: string;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** index.html of the exported page; the title is the clinic's, so a shared link names it. */
export function exportedLandingHtml(code: string, title: string): string {
  // A code is digits, a dot and base64url: nothing that could close the attribute.
  if (!looksLikeCode(code)) throw new Error('Not a clinic code');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="referrer" content="no-referrer" />
    <meta name="${CODE_META_NAME}" content="${code}" />
    <title>${escapeText(title)}</title>
    <link rel="stylesheet" href="./landing.css" />
  </head>
  <body>
    <div id="app"></div>
    <script type="module" src="./landing.js"></script>
  </body>
</html>
`;
}

/** The files to host, at the root of the zip so they can be uploaded as they are. */
export function landingPageFiles(code: string, title: string, bundle: LandingBundle): Record<string, string> {
  return { 'index.html': exportedLandingHtml(code, title), 'landing.js': bundle.js, 'landing.css': bundle.css };
}

export function landingPageZip(code: string, title: string, bundle: LandingBundle): Uint8Array {
  const files = landingPageFiles(code, title, bundle);
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}
