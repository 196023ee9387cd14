import { t } from '@/utils/catalogue';

interface Props {
  /** "Afterglow kept a copy of your data as it was on …" */
  description: string;
  busy: boolean;
  onRestore: () => void;
  onDiscard: () => void;
}

/** The copy kept just before the last import: the way back from a replace. */
export function SafetyCopyNotice({ description, busy, onRestore, onDiscard }: Props) {
  return (
    <section class="card stack safety-copy" aria-labelledby="safety-copy-heading">
      <h3 id="safety-copy-heading">{t('safetyCopyHeading')}</h3>
      <p>{description}</p>
      <p class="row">
        <button type="button" disabled={busy} onClick={onRestore}>
          {t('safetyCopyRestore')}
        </button>
        <button type="button" disabled={busy} onClick={onDiscard}>
          {t('safetyCopyDiscard')}
        </button>
      </p>
    </section>
  );
}
