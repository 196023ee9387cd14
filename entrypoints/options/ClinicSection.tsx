import { browser } from 'wxt/browser';
import { ClinicSettings } from '@/components/ClinicSettings';
import { summarizeProfile } from '@/utils/clinic/summary';
import { loadClinic, removeClinic, watchClinic } from '@/utils/shell/clinicStore';
import { useClinicSetup } from '@/hooks/useClinicSetup';
import { useStored } from '@/hooks/useStored';

/** The options page's clinic section: wiring between the stored clinic, the link flow and the component. */
export function ClinicSection() {
  const clinic = useStored(loadClinic, watchClinic);
  const setup = useClinicSetup();
  if (clinic === undefined) return null;
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
