import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '@/utils/catalogue';
import type { PauseChoice } from '@/utils/nudges/pause';
import { PAUSE_CHOICES } from '@/utils/nudges/pause';
import type { NudgeStatusView } from '@/utils/nudges/views';

const CHOICE_LABELS: Record<PauseChoice, MessageKey> = {
  30: 'nudgePause30',
  60: 'nudgePause60',
  120: 'nudgePause120',
  morning: 'nudgePauseMorning',
};

interface Props {
  view: NudgeStatusView;
  onPause: (choice: PauseChoice) => void;
  onResume: () => void;
}

/** The popup's nudge line: the next nudge and the pause choices, or how long the pause lasts. */
export function NudgeStatus({ view, onPause, onResume }: Props) {
  const section = useRef<HTMLElement>(null);
  // The button pressed goes once the pause starts or ends: focus moves to the control that
  // takes its place (Resume, or the first pause choice), not to the page body (issue 16).
  const pressed = useRef(false);
  useEffect(() => {
    if (!pressed.current) return;
    pressed.current = false;
    section.current?.querySelector('button')?.focus();
  }, [view.paused]);
  const press = (action: () => void) => () => ((pressed.current = true), action());
  return (
    <section class="nudge-status stack small" aria-label={t('nudgeSettingsHeading')} ref={section}>
      <p role="status">{view.line}</p>
      {view.paused ? (
        <button type="button" onClick={press(onResume)}>
          {t('nudgeResume')}
        </button>
      ) : (
        <div role="group" aria-labelledby="nudge-pause-legend" class="row">
          <span id="nudge-pause-legend">{t('nudgePauseLegend')}:</span>
          {PAUSE_CHOICES.map((choice) => (
            <button type="button" key={choice} onClick={press(() => onPause(choice))}>
              {t(CHOICE_LABELS[choice])}
            </button>
          ))}
        </div>
      )}
    </section>
  );
}
