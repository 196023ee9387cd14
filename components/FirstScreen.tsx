import { t } from '@/utils/catalogue';

/** Before any infusion is entered: what Afterglow does, and one way forward. */
export function FirstScreen({ onStart }: { onStart: () => void }) {
  return (
    <section class="card first-screen" aria-labelledby="first-heading">
      <h1 id="first-heading">{t('firstScreenTitle')}</h1>
      <p>{t('firstScreenBody')}</p>
      <button type="button" class="primary" onClick={onStart}>
        {t('firstScreenAction')}
      </button>
      <p class="muted small">{t('privacyOneLine')}</p>
    </section>
  );
}
