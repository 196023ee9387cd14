import { t } from '@/utils/catalogue';

/**
 * The one save model (issue 16): a field saves as soon as it holds a valid value and says
 * "Saved" beside it; an invalid value shows its message and saves nothing. The status belongs
 * to the last change: the next change replaces it.
 */
export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; error: string };

export const IDLE: SaveStatus = { kind: 'idle' };
export const statusOf = (error: string | null): SaveStatus => (error ? { kind: 'error', error } : { kind: 'saved' });

/** "Saved" beside the field, or the field's message; `id` is what aria-describedby names. */
export function SaveStatusText({ id, status }: { id: string; status: SaveStatus }) {
  if (status.kind === 'saved') {
    return (
      <span class="saved small" role="status">
        {t('savedShort')}
      </span>
    );
  }
  if (status.kind === 'error') {
    return (
      <p id={id} class="error" role="alert">
        {status.error}
      </p>
    );
  }
  return null;
}
