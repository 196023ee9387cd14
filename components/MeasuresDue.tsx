import { t } from '@/utils/catalogue';
import type { MeasureDue } from '@/utils/measures/schedule';
import { dayKey, dayStart } from '@/utils/time/dayKey';
import { friendlyMoment } from '@/utils/time/format';
import type { TreatmentKind } from '@/utils/treatment/record';
import { inWordsOf as w } from '@/utils/treatment/words';

/** When the PHQ-9 and GAD-7 are next due, with the way to them and to the history page. */
export function MeasuresDue({ due, now, kind, measuresHref, historyHref }: { due: MeasureDue; now: Date; kind: TreatmentKind; measuresHref: string; historyHref: string }) {
  let line: string | null = null;
  if (due.status === 'baseline') line = t(due.dueOn <= dayKey(now) ? 'measuresDueBaselineNow' : w('measuresDueBaseline', kind));
  else if (due.status === 'due') line = t('measuresDueNow');
  else if (due.status === 'upcoming') line = t('measuresDueOn', friendlyMoment(dayStart(due.dueOn), now, false));
  return (
    <section class="due-line small stack" aria-label={t('measuresPageTitle')} data-testid="measures-due">
      <p>
        {line && <span class={due.status === 'upcoming' ? 'muted' : ''}>{line} </span>}
        <a href={measuresHref} target="_blank">
          {t('measuresAnswerNow')}
        </a>{' · '}
        <a href={historyHref} target="_blank">
          {t('openHistory')}
        </a>
      </p>
    </section>
  );
}
