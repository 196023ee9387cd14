import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/catalogue';

/** How long "Deleted · Undo" stays: the issue asks for at least 10 seconds. */
export const UNDO_SECONDS = 15;

interface Props {
  /** What was deleted, for the sentence and the button's name: "Infusion Tue 24 Nov 09:00". */
  what: string;
  onUndo: () => void;
  /** The notice's time is up (or the person moved on): forget the deleted entry. */
  onDone: () => void;
  /** The sentence before Undo and the button's name; "Deleted: $1 ·", "Undo deleting $1" unless said otherwise. */
  said?: { text: string; button: string };
}

/**
 * "Deleted · Undo" in place of what was deleted. Focus moves to Undo, since the Delete button
 * that had it is gone; the notice stays UNDO_SECONDS, longer while Undo has focus.
 */
export function UndoNotice({ what, onUndo, onDone, said }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), []);
  useEffect(() => {
    let timer = 0;
    const start = () => (timer = window.setTimeout(() => (document.activeElement === button.current ? start() : onDone()), UNDO_SECONDS * 1000));
    start();
    return () => window.clearTimeout(timer);
  }, [onDone]);
  return (
    <p class="row undo" role="status">
      <span>{said?.text ?? t('deletedEntry', what)}</span>
      <button type="button" ref={button} onClick={onUndo} aria-label={said?.button ?? t('undoNamed', what)}>
        {t('undo')}
      </button>
    </p>
  );
}
