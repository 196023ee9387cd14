import { ClinicContact } from '@/components/ClinicContact';
import { clinicContact } from '@/utils/clinic/contact';
import { clinicItem } from '@/utils/shell/storage';
import { useStored } from '@/hooks/useStored';

/** The clinic's name and phone, from the stored clinic (read without its schema: popup budget). */
export function ClinicLine() {
  const raw = useStored(
    () => clinicItem.getValue(),
    (callback) => clinicItem.watch(callback),
  );
  return <ClinicContact contact={clinicContact(raw)} />;
}
