import { ClinicContact } from '@/components/ClinicContact';
import { clinicContact } from '@/utils/clinicContact';
import { clinicItem } from '@/utils/shell/storage';
import { useStored } from '@/utils/shell/useStored';

/** The clinic's name and phone, from the stored clinic (read without its schema: popup budget). */
export function ClinicLine() {
  const raw = useStored(
    () => clinicItem.getValue(),
    (callback) => clinicItem.watch(callback),
  );
  return <ClinicContact contact={clinicContact(raw)} />;
}
