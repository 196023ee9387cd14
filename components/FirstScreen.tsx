import { t } from '@/utils/catalogue';
import type { TreatmentKind } from '@/utils/treatment/record';
import { inWordsOf as w } from '@/utils/treatment/words';

/** Before any treatment date is entered: what Afterglow does, and one way forward, in the kind's words. */
export function FirstScreen({ onStart, kind }: { onStart: () => void; kind: TreatmentKind }) {
  return (
    <section class="card first-screen" aria-labelledby="first-heading">
      <h1 id="first-heading">{t('firstScreenTitle')}</h1>
      <p>{t(w('firstScreenBody', kind))}</p>
      <button type="button" class="primary" onClick={onStart}>
        {t(w('firstScreenAction', kind))}
      </button>
      <p class="muted small">{t('privacyOneLine')}</p>
    </section>
  );
}
