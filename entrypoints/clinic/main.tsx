import { render } from 'preact';
import { ClinicBuilder } from '@/components/ClinicBuilder';
import { t } from '@/utils/catalogue';
import { LANDING_URL } from '@/utils/buildConfig';
import { builderActions } from '@/components/clinicBuilderActions';
import '@/components/base.css';
import '@/components/clinic.css';

// clinic.html: the link builder inside the extension ("For clinics" on the options page).
// The landing address defaults to the one this build was made for (AFTERGLOW_LANDING_ORIGIN).
document.title = t('clinicBuilderTitle');
// The page says which language it is in: the catalogue's, the one its words are in (issue 13).
document.documentElement.lang = t('catalogueLocale');
render(
  <main class="stack page builder-page">
    <h1>{t('clinicBuilderTitle')}</h1>
    <p>{t('clinicBuilderIntro')}</p>
    <ClinicBuilder landing={LANDING_URL} actions={builderActions} />
    <footer class="small">
      <p class="muted">{t('notMedicalAdvice')}</p>
    </footer>
  </main>,
  document.getElementById('app')!,
);
