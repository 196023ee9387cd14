import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { ProfileSummary } from '@/utils/clinic/summary';
import { ClinicDetails } from './ClinicDetails';

export interface ReviewChange {
  id: string;
  text: string;
  conflict: boolean;
}

interface Props {
  summary: ProfileSummary;
  changes: ReviewChange[];
  /** The clinic this one would replace, if any. */
  replaces: string | null;
  /** Confirms with the ids of the changes to make: every plain change and the ticked conflicts. */
  onConfirm: (ids: string[]) => void;
  onCancel: () => void;
  busy?: boolean;
}

/**
 * What a clinic link would do, before anything happens: the clinic's details, each change to
 * the patient's settings, and the values they set themselves as unticked conflicts.
 */
export function ClinicSetupReview({ summary, changes, replaces, onConfirm, onCancel, busy = false }: Props) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const plain = changes.filter((c) => !c.conflict);
  const conflicts = changes.filter((c) => c.conflict);
  const toggle = (id: string) => {
    const next = new Set(ticked);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setTicked(next);
  };

  return (
    <section class="card stack clinic-review" aria-labelledby="clinic-review-heading" data-testid="clinic-review">
      <h2 id="clinic-review-heading">{t('clinicSetupTitle', summary.name)}</h2>
      <p class="muted">{t('clinicSetupCheck')}</p>
      {replaces && replaces !== summary.name && <p>{t('clinicReplaces', replaces)}</p>}
      <ClinicDetails summary={summary} headingLevel={3} />
      <h3>{t('clinicChangesHeading')}</h3>
      {changes.length === 0 ? (
        <p>{t('clinicChangesNone')}</p>
      ) : (
        plain.length > 0 && (
          <ul data-testid="clinic-changes">
            {plain.map((c) => (
              <li key={c.id}>{c.text}</li>
            ))}
          </ul>
        )
      )}
      {conflicts.length > 0 && (
        <fieldset class="stack">
          <legend>{t('clinicConflictsHeading')}</legend>
          <p class="muted small">{t('clinicConflictsIntro')}</p>
          {conflicts.map((c) => (
            <label key={c.id} class="row">
              <input type="checkbox" checked={ticked.has(c.id)} onChange={() => toggle(c.id)} />
              {t('clinicConflictTick', c.text)}
            </label>
          ))}
        </fieldset>
      )}
      <p class="muted small">{t('clinicKeepsEntries')}</p>
      <p class="row">
        <button type="button" class="primary" disabled={busy} onClick={() => onConfirm([...plain.map((c) => c.id), ...ticked])}>
          {t('clinicUseSetup')}
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          {t('cancel')}
        </button>
      </p>
    </section>
  );
}
