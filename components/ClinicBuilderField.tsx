/** One labelled field of the link builder, with its hint and error, wired for screen readers. */
export function Field(props: {
  id: string;
  label: string;
  value: string;
  error?: string;
  hint?: string;
  type?: 'text' | 'tel' | 'url' | 'number' | 'time';
  multiline?: boolean;
  placeholder?: string;
  onInput: (value: string) => void;
  onBlur: () => void;
}) {
  const described = [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id: props.id,
    value: props.value,
    placeholder: props.placeholder,
    'aria-invalid': props.error ? ('true' as const) : ('false' as const),
    'aria-describedby': described,
    onBlur: props.onBlur,
  };
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.multiline ? (
        <textarea {...common} rows={3} onInput={(e) => props.onInput(e.currentTarget.value)} />
      ) : (
        <input {...common} type={(props.type ?? 'text') as 'text'} onInput={(e) => props.onInput(e.currentTarget.value)} />
      )}
      {props.hint && (
        <span id={`${props.id}-hint`} class="muted small">
          {props.hint}
        </span>
      )}
      {props.error && (
        <p id={`${props.id}-error`} class="error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}
