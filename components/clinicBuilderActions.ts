import type { BuilderActions } from '@/components/ClinicBuilder';
import { t } from '@/utils/catalogue';
import { makeClinicLink } from '@/utils/clinic/link';
import { qrSvgFile } from '@/utils/clinic/qrCode';
import { downloadText } from '@/utils/shell/download';

/** A file name from a clinic's name: "sunrise-ketamine-clinic". */
const slug = (name: string) =>
  name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'clinic';

/** The link builder's actions in a browser page: the clipboard, a download, printing. */
export const builderActions: BuilderActions = {
  makeLink: makeClinicLink,
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
  print: () => window.print(),
};
