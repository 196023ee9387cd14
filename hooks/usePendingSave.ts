import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** "Save what is typed but not saved yet": resolves true when nothing is left, false to stay. */
export type PendingSave = () => Promise<boolean>;

/**
 * Offers `save` to the page through `slot` (onboarding's Next calls it, issue 16), and takes
 * it back when the component goes, unless another component has put its own there since.
 */
export function usePendingSave(slot: RefObject<PendingSave | null> | undefined, save: PendingSave): void {
  const own = useRef(save);
  own.current = save;
  const stable = useRef<PendingSave>(() => own.current());
  if (slot) slot.current = stable.current;
  useEffect(
    () => () => {
      if (slot && slot.current === stable.current) slot.current = null;
    },
    [slot],
  );
}
