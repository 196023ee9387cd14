import type { PhaseView } from '@/utils/treatment/phaseView';

/** The phase in plain words, the window's time left, the series progress, one line of guidance. */
export function PhaseCard({ view }: { view: PhaseView }) {
  const { window, progress } = view;
  return (
    <section class={`card phase phase-${window ? 'window' : view.phase}`} aria-labelledby="phase-heading" data-testid="phase-card">
      <h1 id="phase-heading">{view.heading}</h1>
      {window && (
        <div class="window">
          <p class="window-left">
            <strong>{window.label}</strong>
          </p>
          <div
            class="meter"
            role="meter"
            aria-label={window.label}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(window.fractionLeft * 100)}
          >
            <div class="meter-fill" style={{ width: `${Math.round(window.fractionLeft * 100)}%` }} />
          </div>
          <p class="muted small">{window.endsAt}</p>
        </div>
      )}
      {progress && (
        <div class="progress">
          <p>{progress.label}</p>
          <ol class="dots" aria-hidden="true">
            {Array.from({ length: progress.of }, (_, i) => (
              <li key={i} class={i < progress.done ? 'done' : ''} />
            ))}
          </ol>
        </div>
      )}
      {view.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p class="guidance">{view.guidance}</p>
    </section>
  );
}
