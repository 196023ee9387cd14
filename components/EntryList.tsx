import type { RefObject } from 'preact';
import { useCallback, useRef, useState } from 'preact/hooks';
import { useLeaveWarning } from '@/hooks/useLeaveWarning';
import { usePendingSave, type PendingSave } from '@/hooks/usePendingSave';
import { t } from '@/utils/catalogue';
import { UndoNotice } from './UndoNotice';

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
  /** Deletes the entry; resolves to the way to put it back. */
  onDelete: (at: string) => Promise<() => Promise<unknown>>;
  /** Another entry close enough to be the same one (infusions: within hours), to ask about. */
  nearby?: (input: EntryInput, replacing: string | null) => { at: string; question: string; second: string } | null;
  /**
   * Set to "add what is typed": resolves true once nothing typed is left unadded (added, or
   * nothing typed), false when it stays with its message. Onboarding's Next calls it.
   */
  flushRef?: RefObject<PendingSave | null>;
}

type Question = { input: EntryInput; replacing: string | null; near: string; text: string; second: string };

/** A list of dated entries with a form to add one and, per entry, edit and delete. */
export function EntryList(props: Props) {
  const { id, kinds, rows } = props;
  const blank = { at: '', kind: kinds[0]!.value, note: '' };
  const [input, setInput] = useState<EntryInput>(blank);
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const [question, setQuestion] = useState<Question | null>(null);
  const [deleted, setDeleted] = useState<{ what: string; undo: () => Promise<unknown> } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const typed = input.at.trim() !== '';
  useLeaveWarning(typed || question !== null);

  const save = async (entry: EntryInput, replacing: string | null): Promise<boolean> => {
    const problem = await props.onSave(entry, replacing);
    setError(problem);
    setQuestion(null);
    if (!problem) {
      setInput(blank);
      setEditing(null);
    }
    return !problem;
  };
  /** Adds what is typed, unless it may be an entry already there: then it asks first. */
  const add = async (): Promise<boolean> => {
    const near = props.nearby?.(input, editing);
    if (near) {
      setQuestion({ input, replacing: editing, near: near.at, text: near.question, second: near.second });
      setError(null);
      return false;
    }
    return save(input, editing);
  };
  usePendingSave(props.flushRef, () => (typed || editing ? add() : Promise.resolve(true)));
  // The question's buttons go once answered: focus returns to the date field, ready for the next.
  const answer = async (replacing: string | null) => {
    if (question && (await save(question.input, replacing))) document.getElementById(`${id}-at`)?.focus();
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void add();
  };
  const remove = async (row: EntryRow) => {
    const undo = await props.onDelete(row.at);
    setDeleted({ what: `${row.kindLabel} ${row.when}`, undo });
  };
  const forget = useCallback(() => setDeleted(null), []);
  const undo = async () => {
    await deleted?.undo();
    setDeleted(null);
    heading.current?.focus();
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
    setQuestion(null);
    setInput(blank);
  };
  // A message belongs to the input that made it: typing again clears it.
  const change = (patch: Partial<EntryInput>) => {
    setInput({ ...input, ...patch });
    setError(null);
    setQuestion(null);
  };

  return (
    <section aria-labelledby={`${id}-heading`} class="stack">
      <h2 id={`${id}-heading`} tabIndex={-1} ref={heading}>
        {props.heading}
      </h2>
      {deleted && <UndoNotice what={deleted.what} onUndo={() => void undo()} onDone={forget} />}
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
                <button type="button" onClick={() => void remove(row)} aria-label={t('deleteEntry', `${row.kindLabel} ${row.when}`)}>
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
            onInput={(e) => change({ at: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for={`${id}-kind`}>{props.kindLabel}</label>
          <select id={`${id}-kind`} value={input.kind} onChange={(e) => change({ kind: e.currentTarget.value })}>
            {kinds.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for={`${id}-note`}>{t('noteLabel')}</label>
          <input id={`${id}-note`} type="text" maxLength={500} value={input.note} onInput={(e) => change({ note: e.currentTarget.value })} />
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
        {question && (
          <div class="card stack" role="alert">
            <p>{question.text}</p>
            <p class="row">
              <button type="button" onClick={() => void answer(question.near)}>
                {t('sameInfusionChange')}
              </button>
              <button type="button" onClick={() => void answer(question.replacing)}>
                {question.second}
              </button>
            </p>
          </div>
        )}
      </form>
    </section>
  );
}
