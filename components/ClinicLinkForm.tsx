import type { RefObject } from 'preact';
import { useState } from 'preact/hooks';
import { usePendingSave, type PendingSave } from '@/hooks/usePendingSave';
import { t } from '@/utils/catalogue';

interface Props {
  /** Reads the pasted link; the page shows the preview or the error. */
  onPreview: (text: string) => void;
  error: string | null;
  /**
   * Set to "don't leave a pasted link behind": onboarding's Next previews a link not yet
   * previewed and stays (the preview asks to confirm); resolves true when nothing is pending.
   */
  flushRef?: RefObject<PendingSave | null>;
}

/**
 * The fallback that works everywhere: paste the clinic's link, or type its setup code off the
 * handout, and preview it. A text area, so a code typed in lines keeps its shape while being
 * checked by eye; spaces and line breaks are ignored when it is read (utils/clinic/code.ts).
 */
export function ClinicLinkForm({ onPreview, error, flushRef }: Props) {
  const [text, setText] = useState('');
  const [previewed, setPreviewed] = useState('');
  const preview = () => (setPreviewed(text), onPreview(text));
  usePendingSave(flushRef, async () => {
    if (text.trim() === '') return true;
    if (text !== previewed) return (preview(), false);
    return error === null;
  });
  return (
    <form
      class="entry-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        preview();
      }}
    >
      <div class="field grow">
        <label for="clinic-link">{t('clinicLinkLabel')}</label>
        <textarea
          id="clinic-link"
          class="clinic-code-input"
          rows={3}
          cols={48}
          autoComplete="off"
          spellcheck={false}
          value={text}
          aria-invalid={error ? 'true' : 'false'}
          aria-describedby={`clinic-link-hint${error ? ' clinic-link-error' : ''}`}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <span id="clinic-link-hint" class="muted small">
          {t('clinicLinkHint')}
        </span>
      </div>
      <button type="submit">{t('clinicPreview')}</button>
      {error && (
        <p id="clinic-link-error" class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
