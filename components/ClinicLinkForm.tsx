import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';

interface Props {
  /** Reads the pasted link; the page shows the preview or the error. */
  onPreview: (text: string) => void;
  error: string | null;
}

/** The fallback that works everywhere: paste the clinic's link (or its code) and preview it. */
export function ClinicLinkForm({ onPreview, error }: Props) {
  const [text, setText] = useState('');
  return (
    <form
      class="entry-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onPreview(text);
      }}
    >
      <div class="field grow">
        <label for="clinic-link">{t('clinicLinkLabel')}</label>
        <input
          id="clinic-link"
          type="text"
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
