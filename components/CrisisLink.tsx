import { t } from '@/utils/catalogue';
import type { CrisisCountry } from '@/utils/crisis/countries';
import { CrisisLines } from './CrisisLines';

/**
 * Always one keyboard step away: the crisis lines of the patient's country (the setting, else the
 * browser's region; the page works it out), as links the phone or computer can dial. Drawn on
 * the popup's first paint, so it stays small: no schema, no sources (utils/crisis/countries.ts).
 */
export function CrisisLink({ country }: { country: CrisisCountry }) {
  return (
    <details class="crisis">
      <summary>{t('crisisLink')}</summary>
      <div role="note" aria-label={t('crisisTitle')}>
        <CrisisLines country={country} />
        <p>{t('crisisNotSeen')}</p>
      </div>
    </details>
  );
}
