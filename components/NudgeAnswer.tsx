import { t } from '@/utils/catalogue';
import type { NudgeMessage } from '@/utils/nudges/message';

interface Props {
  /** null when the nudge's habit is gone. */
  nudge: NudgeMessage | null;
  /** The confirmation once answered ("Marked done."), else null. */
  answer: string | null;
  onDone: () => void;
  onSnooze: () => void;
}

/** One nudge and its two answers, for browsers whose notifications have no buttons. */
export function NudgeAnswer({ nudge, answer, onDone, onSnooze }: Props) {
  if (!nudge) return <p role="alert">{t('nudgePageGone')}</p>;
  return (
    <section class="card stack" aria-labelledby="nudge-title">
      <div class="nudge-card">
        <img src={nudge.icon} alt="" />
        <div>
          <h1 id="nudge-title">{nudge.title}</h1>
          <p>{nudge.message}</p>
        </div>
      </div>
      {answer ? (
        <p role="status">{answer}</p>
      ) : (
        <p class="row">
          <button type="button" class="primary" onClick={onDone}>
            {t('nudgeDone')}
          </button>
          <button type="button" onClick={onSnooze}>
            {t('nudgeSnooze')}
          </button>
        </p>
      )}
    </section>
  );
}
