import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';

interface Props {
  /** Deletes everything; resolves to the sentence to show (done, or what failed). */
  onErase: () => Promise<string>;
  /** Counts the page's other data actions; the erase message goes when it changes. */
  lastAction?: number;
}

const WHAT_GOES = [
  'eraseWhatTreatment',
  'eraseWhatHabits',
  'eraseWhatHistory',
  'eraseWhatMood',
  'eraseWhatSettings',
  'eraseWhatClinic',
  'eraseWhatCopies',
] as const;

/** "Delete all my data", with a confirmation that lists what goes. Nothing is deleted until it is confirmed. */
export function EraseData({ onErase, lastAction }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Another action on the page (a restore, an import) makes "All your data was deleted" untrue.
  useEffect(() => setResult(null), [lastAction]);

  // The safe choice has the focus when the question appears; back to the start button after.
  useEffect(() => {
    if (confirming) keep.current?.focus();
    else if (asked.current) start.current?.focus();
    asked.current = confirming;
  }, [confirming]);

  const cancel = () => setConfirming(false);
  const erase = async () => {
    setBusy(true);
    setResult(await onErase());
    setBusy(false);
    setConfirming(false);
  };

  return (
    <section class="stack erase" aria-labelledby="erase-heading">
      <h3 id="erase-heading">{t('eraseHeading')}</h3>
      <p class="muted">{t('eraseIntro')}</p>
      {!confirming && (
        <p class="row">
          <button type="button" class="danger" ref={start} onClick={() => (setResult(null), setConfirming(true))}>
            {t('eraseStart')}
          </button>
        </p>
      )}
      {confirming && (
        <div
          class="card stack erase-confirm"
          role="alertdialog"
          aria-labelledby="erase-confirm-heading"
          aria-describedby="erase-confirm-body"
          onKeyDown={(e) => e.key === 'Escape' && !busy && cancel()}
        >
          <h4 id="erase-confirm-heading">{t('eraseConfirmHeading')}</h4>
          <div id="erase-confirm-body">
            <p>{t('eraseConfirmBody')}</p>
            <ul>
              {WHAT_GOES.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
            <p>{t('eraseConfirmAfter')}</p>
          </div>
          <p class="row">
            <button type="button" class="danger" disabled={busy} onClick={() => void erase()}>
              {t('eraseConfirm')}
            </button>
            <button type="button" ref={keep} disabled={busy} onClick={cancel}>
              {t('eraseKeep')}
            </button>
          </p>
        </div>
      )}
      <p role="status">{result}</p>
    </section>
  );
}
