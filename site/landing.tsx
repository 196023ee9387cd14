import { render } from 'preact';
import { LandingPage } from '@/components/LandingPage';
import { STORE_URLS } from '@/utils/buildConfig';
import { t } from '@/utils/catalogue';
import { parseClinicLink } from '@/utils/clinic/link';
import { summarizeProfile } from '@/utils/clinic/summary';
import '@/components/base.css';
import '@/components/clinic.css';

// The landing page reads the clinic from the fragment, which the browser never sends to this
// host, and shows it as text. Afterglow's content script marks <html data-afterglow-installed>.
const root = document.getElementById('app')!;
const installed = () => document.documentElement.dataset.afterglowInstalled === 'true';

async function show(): Promise<void> {
  const hasLink = location.hash.length > 1;
  const parsed = hasLink ? await parseClinicLink(location.hash) : null;
  const clinic = parsed?.ok ? summarizeProfile(parsed.profile) : null;
  document.title = clinic ? t('clinicSetupTitle', clinic.name) : t('clinicLandingTitle');
  render(<LandingPage clinic={clinic} linkError={parsed && !parsed.ok ? parsed.error : null} installed={installed()} storeUrls={STORE_URLS} />, root);
}

new MutationObserver(() => void show()).observe(document.documentElement, { attributes: true, attributeFilter: ['data-afterglow-installed'] });
window.addEventListener('hashchange', () => void show());
void show();
