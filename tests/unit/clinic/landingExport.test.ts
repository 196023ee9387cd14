import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CODE_META_NAME, codeOnLandingPage } from '@/utils/clinic/code';
import { encodeClinicProfile, parseClinicLink } from '@/utils/clinic/link';
import { exportedLandingHtml, landingPageZip } from '@/utils/clinic/landingExport';
import { sunrise } from '@/tests/support/clinicFixtures';

const bundle = { js: 'console.log("landing")', css: 'body{margin:0}' };

/** The code an exported index.html carries, read as the page and the content script read it. */
function embeddedCode(html: string): string | null {
  const meta = new RegExp(`<meta name="${CODE_META_NAME}" content="([^"]*)"`).exec(html);
  return codeOnLandingPage(meta?.[1], '');
}

describe('a clinic’s exported landing page', () => {
  it('zips index.html, the script and the styles at the root, ready to upload', async () => {
    const code = await encodeClinicProfile(sunrise);
    const files = unzipSync(landingPageZip(code, 'Set up Afterglow for Sunrise Ketamine Clinic', bundle));
    expect(Object.keys(files).sort()).toEqual(['index.html', 'landing.css', 'landing.js']);
    expect(strFromU8(files['landing.js']!)).toBe(bundle.js);
    expect(strFromU8(files['landing.css']!)).toBe(bundle.css);
    const html = strFromU8(files['index.html']!);
    expect(html).toContain('<script type="module" src="./landing.js"></script>');
    expect(await parseClinicLink(embeddedCode(html)!)).toMatchObject({ ok: true, profile: sunrise });
  });

  it('carries the clinic’s name in the title as text, never as markup', () => {
    const html = exportedLandingHtml('1.abc', 'Set up Afterglow for <Sunrise> & "Partners"');
    expect(html).toContain('<title>Set up Afterglow for &lt;Sunrise&gt; &amp; &quot;Partners&quot;</title>');
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('refuses anything but a code in its <meta>', () => {
    expect(() => exportedLandingHtml('1.abc" onload="x', 'Sunrise')).toThrow();
  });
});
