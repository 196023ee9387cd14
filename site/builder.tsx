import { render } from 'preact';
import { ClinicBuilder } from '@/components/ClinicBuilder';
import { pickLanguage, setLanguage, t } from '@/utils/catalogue';
import { builderActions } from '@/components/clinicBuilderActions';
import '@/components/base.css';
import '@/components/clinic.css';

// The link builder on the static site: clinic staff need not install anything. Links point at
// this site's landing page (index.html beside this page) unless they change the address.
// The page speaks the first of the visitor's languages that Afterglow speaks (issue 13).
setLanguage(pickLanguage(navigator.languages));
document.documentElement.lang = t('catalogueLocale');
document.title = t('clinicBuilderTitle');
render(
  <main class="stack page builder-page">
    <h1>{t('clinicBuilderTitle')}</h1>
    <p>{t('clinicBuilderIntro')}</p>
    <ClinicBuilder landing={new URL('./', location.href).toString()} actions={builderActions} />
    <footer class="small">
      <p class="muted">{t('notMedicalAdvice')}</p>
    </footer>
  </main>,
  document.getElementById('app')!,
);
