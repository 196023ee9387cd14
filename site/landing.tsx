import { render } from 'preact';
import { LandingPage } from '@/components/LandingPage';
import { STORE_URLS } from '@/utils/buildConfig';
import { pickLanguage, setLanguage, t } from '@/utils/catalogue';
import { CODE_META_NAME, codeOnLandingPage } from '@/utils/clinic/code';
import { isPhoneOrTablet } from '@/utils/clinic/handOff';
import { parseClinicLink } from '@/utils/clinic/link';
import { summarizeProfile } from '@/utils/clinic/summary';
import '@/components/base.css';
import '@/components/clinic.css';

// The landing page reads the clinic from the code built into a clinic's exported page, or else
// from the fragment, which the browser never sends to this host, and shows it as text.
// Afterglow's content script marks <html data-afterglow-installed>.
// The page speaks the first of the visitor's languages that Afterglow speaks (issue 13).
setLanguage(pickLanguage(navigator.languages));
document.documentElement.lang = t('catalogueLocale');
const root = document.getElementById('app')!;
const installed = () => document.documentElement.dataset.afterglowInstalled === 'true';

// How long the extension has to mark the page before the page offers the code instead. The
// content script runs at document_end, well within this; a build for another address never does.
const EXTENSION_WAIT_MS = 3000;
let noAnswer = false;

const phoneSized = matchMedia('(max-width: 37.5rem)');
const onPhone = () => isPhoneOrTablet({ userAgent: navigator.userAgent, maxTouchPoints: navigator.maxTouchPoints, platform: navigator.platform, narrow: phoneSized.matches });

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

const share = typeof navigator.share === 'function' ? () => void navigator.share({ title: document.title, url: location.href }).catch(() => undefined) : null;

async function show(): Promise<void> {
  const embedded = document.querySelector(`meta[name="${CODE_META_NAME}"]`)?.getAttribute('content');
  const source = codeOnLandingPage(embedded, location.hash) ?? (location.hash.length > 1 ? location.hash : null);
  const parsed = source ? await parseClinicLink(source) : null;
  const clinic = parsed?.ok ? summarizeProfile(parsed.profile) : null;
  document.title = clinic ? t('clinicSetupTitle', clinic.name) : t('clinicLandingTitle');
  render(
    <LandingPage
      clinic={clinic}
      code={parsed?.ok ? parsed.code : null}
      linkError={parsed && !parsed.ok ? parsed.error : null}
      installed={installed()}
      noAnswer={noAnswer}
      onPhone={onPhone()}
      pageUrl={location.href}
      storeUrls={STORE_URLS}
      copy={copy}
      share={share}
      picture={document.querySelector('meta[name="afterglow-popup-picture"]')?.getAttribute('content') ?? null}
    />,
    root,
  );
}

new MutationObserver(() => void show()).observe(document.documentElement, { attributes: true, attributeFilter: ['data-afterglow-installed'] });
window.addEventListener('hashchange', () => void show());
phoneSized.addEventListener('change', () => void show());
setTimeout(() => {
  noAnswer = !installed();
  void show();
}, EXTENSION_WAIT_MS);
void show();
