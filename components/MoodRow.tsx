import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { MoodEntry, MoodLevel } from '@/utils/history/records';
import { MOOD_LEVELS, MOOD_NOTE_MAX } from '@/utils/history/records';

interface Props {
  /** Today's mood as stored, or null. */
  today: MoodEntry | null;
  /** The note's label: plain, or the intention / integration prompt. */
  prompt: string;
  onChoose: (mood: MoodLevel) => void;
  onClear: () => void;
  /** Saves the note with today's mood. */
  onNote: (note: string) => void;
}

const label = (level: MoodLevel) => t(`mood${level}` as 'mood1');

/**
 * "How are you today?": five choices, one tap saves; tapping another changes it; a clear
 * button removes it. The optional note is saved on its own button and never cut: a note over
 * the limit says by how much, and stays in the box.
 */
export function MoodRow({ today, prompt, onChoose, onClear, onNote }: Props) {
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
    onNote(note);
    setStatus({ text: t('moodNoteSaved'), error: false });
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
                setStatus({ text: t('moodSaved', label(level)), error: false });
                onChoose(level);
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
            setStatus({ text: t('moodCleared'), error: false });
            onClear();
          }}
        >
          {t('moodClear')}
        </button>
      )}
      <label class="mood-note-label" for="mood-note">
        {prompt}
      </label>
      <textarea
        id="mood-note"
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
      <p role="status" class={status?.error ? 'error small' : 'muted small'}>
        {status?.text ?? ''}
      </p>
    </section>
  );
}
