import { browser } from 'wxt/browser';
import { ClinicSettings } from '@/components/ClinicSettings';
import { summarizeProfile } from '@/utils/clinic/summary';
import type { ClinicRecord } from '@/utils/clinic/record';
import { removeClinic } from '@/utils/shell/clinicActions';
import { useClinicSetup } from '@/hooks/useClinicSetup';

/** The options page's clinic section: wiring between the stored clinic, the link flow and the component. */
export function ClinicSection({ clinic }: { clinic: ClinicRecord | null }) {
  const setup = useClinicSetup();
  return (
    <ClinicSettings
      current={clinic ? { summary: summarizeProfile(clinic.profile), managed: clinic.source === 'policy' } : null}
      setup={setup.state}
      onPreview={(text) => void setup.preview(text)}
      onConfirm={(ids) => void setup.confirm(ids)}
      onCancel={setup.cancel}
      onRemove={removeClinic}
      builderHref={browser.runtime.getURL('/clinic.html')}
    />
  );
}
