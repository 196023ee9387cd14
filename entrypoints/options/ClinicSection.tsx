import { browser } from 'wxt/browser';
import { ClinicSettings } from '@/components/ClinicSettings';
import { summarizeProfile } from '@/utils/clinic/summary';
import type { ClinicRecord } from '@/utils/clinic/record';
import { removeClinic } from '@/utils/shell/clinicActions';
import { useEffect, useRef } from 'preact/hooks';
import { useClinicSetup } from '@/hooks/useClinicSetup';

/** The options page's clinic section: wiring between the stored clinic, the link flow and the component. */
export function ClinicSection({ clinic }: { clinic: ClinicRecord | null }) {
  const setup = useClinicSetup();
  // "Done: Afterglow is set up for …" belongs to the setup that made it: once the stored clinic
  // is another or none (deleted, erased, restored), it goes (issue 16).
  const name = clinic?.profile.name ?? null;
  const { state, reset } = setup;
  const shown = useRef(name);
  useEffect(() => {
    // Only a change away from the clinic just set up: the write itself may arrive after "Done".
    if (state.stage === 'done' && shown.current === state.name && name !== state.name) reset();
    shown.current = name;
  }, [name, state, reset]);
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
