import type { BuilderActions } from '@/components/ClinicBuilder';
import { t } from '@/utils/catalogue';
import { makeClinicCode } from '@/utils/clinic/link';
import { qrSvgFile } from '@/utils/clinic/qrCode';
import { downloadBytes, downloadText } from '@/utils/shell/download';

/** A file name from a clinic's name: "sunrise-ketamine-clinic". */
const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'clinic';

/** The link builder's actions in a browser page: the clipboard, downloads, printing. */
export const builderActions: BuilderActions = {
  makeCode: makeClinicCode,
  async copy(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      return false;
    }
  },
  downloadQr(matrix, name) {
    downloadText(`${slug(name)}-afterglow-qr.svg`, qrSvgFile(matrix, t('clinicSetupTitle', name)), 'image/svg+xml');
  },
  async downloadLandingPage(code, name) {
    try {
      // Loaded on this click only: the landing page's own bundle and the zip writer (fflate).
      const [bundle, { landingPageZip }] = await Promise.all([import('virtual:afterglow-landing-bundle'), import('@/utils/clinic/landingExport')]);
      const zip = landingPageZip(code, t('clinicSetupTitle', name), { js: bundle.js, css: bundle.css });
      downloadBytes(`${slug(name)}-afterglow-landing.zip`, zip, 'application/zip');
      return true;
    } catch {
      return false;
    }
  },
  print: () => window.print(),
};
