import { t } from '@/utils/catalogue';

/** Always one keyboard step away: the crisis lines, as links the phone or computer can dial. */
export function CrisisLink() {
  return (
    <details class="crisis">
      <summary>{t('crisisLink')}</summary>
      <div role="note" aria-label={t('crisisTitle')}>
        <p>{t('crisisBody')}</p>
        <p class="row">
          <a href="tel:988">{t('crisisCall988')}</a>
          <a href="sms:988">{t('crisisText988')}</a>
          <a href="tel:911">{t('crisisCall911')}</a>
        </p>
      </div>
    </details>
  );
}
