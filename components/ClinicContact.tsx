import { t } from '@/utils/catalogue';
import type { ClinicContact as Contact } from '@/utils/clinic/contact';

/** The patient's clinic, one tap from a call: shown under the phase card in the popup. */
export function ClinicContact({ contact }: { contact: Contact | null }) {
  if (!contact) return null;
  return (
    <section class="clinic-contact row" aria-label={t('clinicHeading')} data-testid="clinic-contact">
      <strong>{contact.name}</strong>
      {contact.phone && contact.tel && (
        <a href={contact.tel} aria-label={t('clinicCall', contact.name, contact.phone)}>
          {contact.phone}
        </a>
      )}
      {contact.managed && <span class="muted small">{t('clinicManaged')}</span>}
    </section>
  );
}
