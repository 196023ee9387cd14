import { MeasureSettingsForm } from '@/components/MeasureSettingsForm';
import { t } from '@/utils/catalogue';
import type { MeasureSettings } from '@/utils/measures/settings';
import { MEASURE_INTERVAL_LIMITS, parseInterval } from '@/utils/measures/settings';
import { editRecord, updateRecord } from '@/utils/shell/snapshot';
import type { TreatmentKind } from '@/utils/treatment/record';

const setInterval = (key: 'inductionEveryDays' | 'maintenanceEveryDays', raw: string) =>
  editRecord('measures', (current) => {
    const parsed = parseInterval(raw);
    return parsed.ok ? { ok: true, record: { ...current, [key]: parsed.value } } : { ok: false, error: t('measureEveryRange', MEASURE_INTERVAL_LIMITS.min, MEASURE_INTERVAL_LIMITS.max) };
  });

/** The options page's mood and questionnaire settings: wiring between the stored record and the form. */
export function MeasuresSection({ settings, kind }: { settings: MeasureSettings; kind: TreatmentKind }) {
  return (
    <MeasureSettingsForm
      settings={settings}
      kind={kind}
      onPrompts={(on) => void updateRecord('measures', (current) => ({ ...current, moodPrompts: on }))}
      onNudge={(on) => void updateRecord('measures', (current) => ({ ...current, nudge: on }))}
      onInterval={setInterval}
      historyHref="/history.html"
      measuresHref="/measures.html"
    />
  );
}
