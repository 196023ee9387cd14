import { t } from '@/utils/catalogue';

interface Props {
  onCheckinsCsv: () => void;
  onNudgesCsv: () => void;
  onMoodCsv: () => void;
  onScoresCsv: () => void;
  onCalendar: () => void;
  /** The printable summary page, opened in a tab of its own. */
  summaryHref: string;
}

/** Files for the care team, made here and saved by the patient: nothing is sent anywhere. */
export function CareTeamExports({ onCheckinsCsv, onNudgesCsv, onMoodCsv, onScoresCsv, onCalendar, summaryHref }: Props) {
  return (
    <section class="stack" aria-labelledby="care-team-heading">
      <h3 id="care-team-heading">{t('careTeamHeading')}</h3>
      <p class="muted">{t('careTeamIntro')}</p>
      <p class="row">
        <a href={summaryHref} target="_blank" rel="noopener">
          {t('openSummary')}
        </a>
      </p>
      <p class="row">
        <button type="button" onClick={onCheckinsCsv}>
          {t('exportCheckinsCsv')}
        </button>
        <button type="button" onClick={onNudgesCsv}>
          {t('exportNudgesCsv')}
        </button>
        <button type="button" onClick={onMoodCsv}>
          {t('exportMoodCsv')}
        </button>
        <button type="button" onClick={onScoresCsv}>
          {t('exportScoresCsv')}
        </button>
        <button type="button" onClick={onCalendar}>
          {t('exportCalendar')}
        </button>
      </p>
    </section>
  );
}
