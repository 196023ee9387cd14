import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';

export interface EntryRow {
  /** The stored instant: identifies the entry. */
  at: string;
  /** The datetime-local value for editing. */
  localInput: string;
  kind: string;
  /** "Tue 24 Nov 09:00 · 3 days ago" */
  when: string;
  kindLabel: string;
  note?: string;
  planned: boolean;
}

export interface EntryInput {
  at: string;
  kind: string;
  note: string;
}

interface Props {
  id: string;
  heading: string;
  fieldLabel: string;
  kindLabel: string;
  addLabel: string;
  emptyText: string;
  kinds: Array<{ value: string; label: string }>;
  rows: EntryRow[];
  /** Saves a new entry, or replaces the one at `replacing`; returns the error to show, or null. */
  onSave: (input: EntryInput, replacing: string | null) => Promise<string | null>;
  onDelete: (at: string) => void;
}

/** A list of dated entries with a form to add one and, per entry, edit and delete. */
export function EntryList(props: Props) {
  const { id, kinds, rows } = props;
  const blank = { at: '', kind: kinds[0]!.value, note: '' };
  const [input, setInput] = useState<EntryInput>(blank);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = await props.onSave(input, editing);
    setError(problem);
    if (!problem) {
      setInput(blank);
      setEditing(null);
    }
  };
  const startEdit = (row: EntryRow) => {
    setEditing(row.at);
    setError(null);
    setInput({ at: row.localInput, kind: row.kind, note: row.note ?? '' });
    document.getElementById(`${id}-at`)?.focus();
  };
  const cancelEdit = () => {
    setEditing(null);
    setError(null);
    setInput(blank);
  };

  return (
    <section aria-labelledby={`${id}-heading`} class="stack">
      <h2 id={`${id}-heading`}>{props.heading}</h2>
      {rows.length === 0 ? (
        <p class="muted">{props.emptyText}</p>
      ) : (
        <ul class="entries">
          {rows.map((row) => (
            <li key={row.at} class={row.planned ? 'planned' : ''}>
              <span>
                <strong>{row.when}</strong> · {row.kindLabel}
                {row.planned && <> · {t('planned')}</>}
                {row.note && <span class="muted"> · {row.note}</span>}
              </span>
              <span class="row">
                <button type="button" onClick={() => startEdit(row)} aria-label={t('editEntry', `${row.kindLabel} ${row.when}`)}>
                  {t('edit')}
                </button>
                <button type="button" onClick={() => props.onDelete(row.at)} aria-label={t('deleteEntry', `${row.kindLabel} ${row.when}`)}>
                  {t('delete')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
      <form class="entry-form" onSubmit={submit} noValidate>
        <div class="field">
          <label for={`${id}-at`}>{props.fieldLabel}</label>
          <input
            id={`${id}-at`}
            type="datetime-local"
            value={input.at}
            aria-invalid={error ? 'true' : 'false'}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setInput({ ...input, at: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-kind`}>{props.kindLabel}</label>
          <select id={`${id}-kind`} value={input.kind} onChange={(e) => setInput({ ...input, kind: e.currentTarget.value })}>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-note`}>{t('noteLabel')}</label>
          <input id={`${id}-note`} type="text" maxLength={500} value={input.note} onInput={(e) => setInput({ ...input, note: e.currentTarget.value })} />
        </div>
        <div class="row">
          <button type="submit" class="primary">
            {editing ? t('saveChanges') : props.addLabel}
          </button>
          {editing && (
            <button type="button" onClick={cancelEdit}>
              {t('cancel')}
            </button>
          )}
        </div>
        {error && (
          <p id={`${id}-error`} class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
