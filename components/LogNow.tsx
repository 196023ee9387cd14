import { useEffect, useRef, useState } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/catalogue';
import type { LogKind } from '@/utils/treatment/logNow';
import { loggedToday, timeInput } from '@/utils/treatment/logNow';
import { friendlyMoment } from '@/utils/time/format';
import type { TreatmentKind } from '@/utils/treatment/record';
import { inWordsOf as w } from '@/utils/treatment/words';

/** How long "Undo" stays after a log (issue 14: undo for a minute). */
export const UNDO_MS = 60_000;

interface Props {
  now: Date;
  /** The words of the treatment kind (issue 15): "Log infusion", "Log injection", "Log session". */
  kind: TreatmentKind;
  /** Saves an entry at `localInput` (a datetime-local value); resolves to an error sentence, or to the stored moment. */
  onLog: (kind: LogKind, localInput: string) => Promise<{ error: string } | { at: string }>;
  /** Removes the entry just logged. */
  onUndo: (kind: LogKind, at: string) => Promise<void>;
}

type State =
  | { step: 'idle' }
  | { step: 'confirm'; kind: LogKind; time: string; error: string | null }
  | { step: 'logged'; kind: LogKind; at: string }
  | { step: 'undone'; kind: LogKind };

const LABELS = {
  infusion: { start: 'logInfusion', question: 'logInfusionQuestion', logged: 'loggedInfusion', undone: 'logUndoneInfusion' },
  session: { start: 'logSession', question: 'logSessionQuestion', logged: 'loggedSession', undone: 'logUndoneSession' },
} as const;

/** The sentences of one log, a treatment's in the words of its kind (issue 15). */
const labelsOf = (log: LogKind, kind: TreatmentKind): Record<keyof (typeof LABELS)['session'], MessageKey> =>
  log === 'session'
    ? LABELS.session
    : (Object.fromEntries(Object.entries(LABELS.infusion).map(([part, key]) => [part, w(key, kind)])) as Record<keyof (typeof LABELS)['infusion'], MessageKey>);

/**
 * "Log infusion" and "Log therapy session" in the popup: one tap opens the question with the
 * time set to now (editable to earlier today), one more tap logs it; then "Undo" for a minute.
 */
export function LogNow({ now, kind, onLog, onUndo }: Props) {
  const [state, setState] = useState<State>({ step: 'idle' });
  const confirmButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (state.step === 'confirm') confirmButton.current?.focus();
    if (state.step !== 'logged' && state.step !== 'undone') return;
    const done = setTimeout(() => setState({ step: 'idle' }), state.step === 'logged' ? UNDO_MS : 5_000);
    return () => clearTimeout(done);
  }, [state.step]);

  const ask = (kind: LogKind) => setState({ step: 'confirm', kind, time: timeInput(new Date()), error: null });

  if (state.step === 'idle') {
    return (
      <div class="log-now row" data-testid="log-now">
        <button type="button" onClick={() => ask('infusion')}>
          {t(labelsOf('infusion', kind).start)}
        </button>
        <button type="button" onClick={() => ask('session')}>
          {t('logSession')}
        </button>
      </div>
    );
  }

  if (state.step === 'confirm') {
    const labels = labelsOf(state.kind, kind);
    const submit = async (e: Event) => {
      e.preventDefault();
      const when = loggedToday(state.time, new Date());
      if ('error' in when) return setState({ ...state, error: when.error });
      const saved = await onLog(state.kind, when.localInput);
      setState('error' in saved ? { ...state, error: saved.error } : { step: 'logged', kind: state.kind, at: saved.at });
    };
    return (
      <form class="log-now card stack" onSubmit={(e) => void submit(e)} aria-labelledby="log-question" noValidate data-testid="log-now">
        <p id="log-question">
          <strong>{t(labels.question)}</strong>
        </p>
        <div class="row">
          <label for="log-time">{t('logTimeLabel')}</label>
          <input
            id="log-time"
            type="time"
            value={state.time}
            max={timeInput(now)}
            aria-invalid={state.error ? 'true' : undefined}
            aria-describedby={state.error ? 'log-error' : undefined}
            onInput={(e) => setState({ ...state, time: e.currentTarget.value, error: null })}
          />
          <button type="submit" class="primary" ref={confirmButton}>
            {t('logConfirm')}
          </button>
          <button type="button" onClick={() => setState({ step: 'idle' })}>
            {t('logCancel')}
          </button>
        </div>
        {state.error && (
          <p id="log-error" class="error" role="alert">
            {state.error}
          </p>
        )}
      </form>
    );
  }

  const labels = labelsOf(state.kind, kind);
  return (
    <div class="log-now row" data-testid="log-now">
      {state.step === 'logged' ? (
        <>
          <p role="status">{t(labels.logged, friendlyMoment(new Date(state.at), now))}</p>
          <button type="button" onClick={() => void onUndo(state.kind, state.at).then(() => setState({ step: 'undone', kind: state.kind }))}>
            {t('logUndo')}
          </button>
        </>
      ) : (
        <p role="status">{t(labels.undone)}</p>
      )}
    </div>
  );
}
