import { t } from '@/utils/catalogue';

/**
 * The popup's header: the name, and the way to the settings (issue 14). Small on purpose: it is
 * part of the first paint's 12 KB, so its gear is drawn by popup.css and its link is a plain
 * one (a link from the popup opens in a tab, as runtime.openOptionsPage would).
 */
export function PopupHeader() {
  return (
    <header>
      <span>{t('extName')}</span>
      <a href="options.html" target="_blank">
        {t('openOptions')}
      </a>
    </header>
  );
}
