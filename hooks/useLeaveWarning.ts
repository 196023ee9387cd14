import { useEffect } from 'preact/hooks';

/**
 * While `active` (an entry typed but not added), closing or leaving the page asks first
 * (issue 16): the browser shows its own question, since pages may no longer word it.
 */
export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chrome before 119 and some others still need returnValue set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
}
