import { useState } from 'preact/hooks';
import { t } from '@/utils/catalogue';
import type { TreatmentKind } from '@/utils/treatment/record';
import { TREATMENT_KINDS } from '@/utils/treatment/record';
import { TREATMENT_KIND_NAMES } from '@/utils/treatment/entryRows';

interface Props {
  kind: TreatmentKind;
  /** Saves the kind (with its preset schedule). */
  onChoose: (kind: TreatmentKind) => Promise<unknown>;
}

/** "Treatment kind": how the ketamine is given, on the options page and in onboarding (issue 15). */
export function TreatmentKindControl({ kind, onChoose }: Props) {
  const [saved, setSaved] = useState<TreatmentKind | null>(null);
  return (
    <div class="field treatment-kind">
      <label for="treatment-kind">{t('treatmentKindLabel')}</label>
      <select
        id="treatment-kind"
        value={kind}
        aria-describedby="treatment-kind-hint"
        onChange={(e) => {
          const chosen = e.currentTarget.value as TreatmentKind;
          void onChoose(chosen).then(() => setSaved(chosen));
        }}
      >
        {TREATMENT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(TREATMENT_KIND_NAMES[k])}
          </option>
        ))}
      </select>
      <span id="treatment-kind-hint" class="muted small">
        {t('treatmentKindHint')}
      </span>
      <p role="status" class="muted small">
        {saved && t('treatmentKindSaved', t(TREATMENT_KIND_NAMES[saved]))}
      </p>
    </div>
  );
}
