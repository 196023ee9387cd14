import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { MoodEntry, MoodLevel } from '@/utils/history/records';
import { MOOD_LEVELS, MOOD_NOTE_MAX } from '@/utils/history/records';

interface Props {
  /** Today's mood as stored, or null. */
  today: MoodEntry | null;
  /** The note's label: plain, or the intention / integration prompt. */
  prompt: string;
  /** Each resolves once written: only then does the row say "Saved". */
  onChoose: (mood: MoodLevel) => Promise<void> | void;
  onClear: () => Promise<void> | void;
  /** Saves the note with today's mood. */
  onNote: (note: string) => Promise<void> | void;
  /** What follows the choices inside the card (the questionnaires' due line, in the popup). */
  children?: ComponentChildren;
}

const label = (level: MoodLevel) => t(`mood${level}` as 'mood1');

/**
 * "How are you today?": five choices, one tap saves; tapping another changes it; a clear
 * button removes it. The optional note is saved on its own button and never cut: a note over
 * the limit says by how much, and stays in the box.
 */
export function MoodRow({ today, prompt, onChoose, onClear, onNote, children }: Props) {
  const [note, setNote] = useState(today?.note ?? '');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const stored = today?.note ?? '';
  // A note saved elsewhere (another window) shows here unless one is being typed.
  useEffect(() => setNote((typed) => (typed === '' ? stored : typed)), [stored]);

  const saveNote = () => {
    if (!today) return setStatus({ text: t('moodNoteNeedsMood'), error: true });
    if (note.length > MOOD_NOTE_MAX) {
      return setStatus({ text: t('moodNoteTooLong', note.length, MOOD_NOTE_MAX, note.length - MOOD_NOTE_MAX), error: true });
    }
    void Promise.resolve(onNote(note)).then(() => setStatus({ text: t('moodNoteSaved'), error: false }));
  };

  return (
    <section class="card mood" aria-labelledby="mood-heading" data-testid="mood-row">
      <h2 id="mood-heading">{t('moodQuestion')}</h2>
      <div class="mood-choices" role="radiogroup" aria-label={t('moodGroup')}>
        {MOOD_LEVELS.map((level) => (
          <label key={level} class={`mood-choice${today?.mood === level ? ' chosen' : ''}`}>
            <input
              type="radio"
              name="mood-today"
              value={level}
              checked={today?.mood === level}
              onChange={() => {
                setStatus(null);
                void Promise.resolve(onChoose(level)).then(() => setStatus({ text: t('moodSaved', label(level)), error: false }));
              }}
            />
            <span aria-hidden="true" class={`mood-face mood-${level}`} />
            <span class="mood-label">{label(level)}</span>
          </label>
        ))}
      </div>
      {today && (
        <button
          type="button"
          class="link-button small"
          onClick={() => {
            setStatus(null);
            void Promise.resolve(onClear()).then(() => setStatus({ text: t('moodCleared'), error: false }));
          }}
        >
          {t('moodClear')}
        </button>
      )}
      {/* The note folds away (the popup must fit in 600 px, issue 14); open once there is one. */}
      <details class="mood-note" open={stored !== '' || undefined}>
        <summary class="mood-note-label">{prompt}</summary>
        <textarea
          id="mood-note"
          aria-label={prompt}
          rows={2}
          value={note}
          aria-invalid={note.length > MOOD_NOTE_MAX}
          aria-describedby="mood-note-count"
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <p class="row small">
          <span id="mood-note-count" class={note.length > MOOD_NOTE_MAX ? 'error' : 'muted'}>
            {t('moodNoteCount', note.length, MOOD_NOTE_MAX)}
          </span>
          <button type="button" onClick={saveNote}>
            {t('moodNoteSave')}
          </button>
        </p>
      </details>
      <p role="status" class={status?.error ? 'error small' : 'muted small'}>
        {status?.text ?? ''}
      </p>
      {children}
    </section>
  );
}
