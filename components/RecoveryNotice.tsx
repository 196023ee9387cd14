import { t } from '@/utils/catalogue';

/** Shown when stored data failed validation and was set aside rather than deleted. */
export function RecoveryNotice({ count, onDownload, onDismiss }: { count: number; onDownload: () => void; onDismiss: () => void }) {
  if (count === 0) return null;
  return (
    <section class="card recovery" role="status" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading">{t('recoveryHeading')}</h2>
      <p>{t('recoveryBody', count)}</p>
      <p class="row">
        <button type="button" class="primary" onClick={onDownload}>
          {t('recoveryDownload')}
        </button>
        <button type="button" onClick={onDismiss}>
          {t('recoveryDismiss')}
        </button>
      </p>
    </section>
  );
}
