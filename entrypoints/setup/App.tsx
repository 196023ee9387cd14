import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClinicSetupFlow } from '@/components/ClinicSetupFlow';
import { CrisisLink } from '@/components/CrisisLink';
import { t } from '@/utils/catalogue';
import { codeInFragment } from '@/utils/clinic/code';
import { useClinicSetup } from '@/hooks/useClinicSetup';
import { useStoredRaw } from '@/hooks/useStoredRaw';
import { crisisCountryInStored } from '@/utils/crisis/countries';

const openOptions = () => void browser.runtime.openOptionsPage();

/**
 * setup.html#afterglow=<code>: opened by the background when the patient chooses "Finish the
 * setup" on the clinic's landing page. Shows the preview; nothing changes until they confirm.
 */
export function SetupApp() {
  const setup = useClinicSetup();
  // Only the country for the crisis lines; until the read is in, the browser's region decides.
  const raw = useStoredRaw();
  const code = codeInFragment(location.hash);
  useEffect(() => {
    document.title = t('extName');
    if (code) void setup.preview(code);
  }, []);

  return (
    <main class="stack page">
      <h1>{t('extName')}</h1>
      {!code && <p>{t('clinicSetupNoLink')}</p>}
      {setup.state.stage === 'error' && (
        <p class="error" role="alert">
          {setup.state.error}
        </p>
      )}
      <ClinicSetupFlow state={setup.state} onConfirm={(ids) => void setup.confirm(ids)} onCancel={setup.cancel} />
      {setup.state.stage !== 'review' && (
        <p>
          <button type="button" onClick={openOptions}>
            {t('clinicOpenSettings')}
          </button>
        </p>
      )}
      <footer class="stack small">
        <p class="muted">{t('privacyOneLine')}</p>
        <CrisisLink country={crisisCountryInStored(raw?.settings, navigator.language)} />
        <p class="muted">{t('notMedicalAdvice')}</p>
      </footer>
    </main>
  );
}
