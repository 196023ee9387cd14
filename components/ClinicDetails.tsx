import { t } from '@/utils/catalogue';
import type { ProfileSummary } from '@/utils/clinic/summary';
import { telHref } from '@/utils/clinic/contact';

/**
 * A clinic's profile as a patient will see it: every text is rendered as text, and the
 * website only as an https link (the profile schema refuses anything else).
 */
export function ClinicDetails({ summary, headingLevel = 2 }: { summary: ProfileSummary; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  const tel = summary.phone ? telHref(summary.phone) : null;
  const nothing = summary.protocol.length === 0 && summary.habits.length === 0;
  return (
    <div class="clinic-details stack" data-testid="clinic-details">
      <Heading>{summary.name}</Heading>
      {summary.welcome && <p class="clinic-welcome">{summary.welcome}</p>}
      {(summary.phone || summary.website) && (
        <p class="row">
          {summary.phone && (tel ? <a href={tel}>{summary.phone}</a> : <span>{summary.phone}</span>)}
          {summary.website?.startsWith('https://') && (
            <a href={summary.website} target="_blank" rel="noopener noreferrer">
              {summary.website}
            </a>
          )}
        </p>
      )}
      {summary.protocol.length > 0 && (
        <>
          <Sub>{t('clinicProtocolHeading')}</Sub>
          <ul>
            {summary.protocol.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {summary.habits.length > 0 && (
        <>
          <Sub>{t('clinicHabitsHeading')}</Sub>
          <ul>
            {summary.habits.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      {summary.nudgeTexts.length > 0 && <p class="muted small">{t('clinicNudgeTextsCount', summary.nudgeTexts.join(', '))}</p>}
      {nothing && <p class="muted small">{t('clinicOnlyContact')}</p>}
    </div>
  );
}
