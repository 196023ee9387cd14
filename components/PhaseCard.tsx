import type { PhaseView } from '@/utils/treatment/phaseView';

/**
 * The phase in plain words: a short heading, the number that matters most now drawn largest
 * (the window's hours left, the series position, or the days since the last infusion), the
 * window's meter, the series dots, and one line of guidance. Each thing is said once (issue 14).
 */
export function PhaseCard({ view }: { view: PhaseView }) {
  const { window, progress, figure } = view;
  return (
    <section class={`card phase phase-${window ? 'window' : view.phase}`} aria-labelledby="phase-heading" data-testid="phase-card">
      <h1 id="phase-heading">{view.heading}</h1>
      {figure && (
        <p class="figure">
          {figure.before}
          <strong>{figure.value}</strong>
          {figure.after}
        </p>
      )}
      {window && (
        <div class="window">
          {/* aria-valuemin and -max default to 0 and 100 for a meter (WAI-ARIA 1.2): bytes the first paint can spend elsewhere. */}
          <div
            class="meter"
            role="meter"
            aria-label={window.label}
            aria-valuenow={Math.round(window.fractionLeft * 100)}
          >
            <div class="meter-fill" style={{ width: `${Math.round(window.fractionLeft * 100)}%` }} />
          </div>
          <p class="muted small">{window.endsAt}</p>
        </div>
      )}
      {progress && (
        <div class="progress">
          <ol class="dots" aria-hidden="true">
            {Array.from({ length: progress.of }, (_, i) => (
              <li key={i} class={i < progress.done ? 'done' : ''} />
            ))}
          </ol>
          <p>{progress.label}</p>
        </div>
      )}
      {view.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <p class="guidance">{view.guidance}</p>
    </section>
  );
}
