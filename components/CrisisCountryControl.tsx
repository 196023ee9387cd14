import { useState } from 'preact/hooks';
import type { SaveStatus } from '@/components/SaveStatus';
import { IDLE, SaveStatusText, statusOf } from '@/components/SaveStatus';
import { t } from '@/utils/catalogue';
import type { CrisisCountry } from '@/utils/crisis/countries';
import { CRISIS_COUNTRIES, CRISIS_COUNTRY_NAMES } from '@/utils/crisis/countries';

interface Props {
  /** The country chosen; undefined: the browser's region decides. */
  chosen: CrisisCountry | undefined;
  /** The country the browser's region gives, named in the first choice. */
  fromRegion: CrisisCountry;
  /** Saves the choice (null: back to the browser's region). */
  onChoose: (country: CrisisCountry | null) => Promise<unknown>;
}

/**
 * "Country for crisis lines" (issue 13): whose lines the "In crisis?" link and the item-9 panel
 * show. The lines follow the country, never the language Afterglow is in, and the hint says so.
 */
export function CrisisCountryControl({ chosen, fromRegion, onChoose }: Props) {
  const [status, setStatus] = useState<SaveStatus>(IDLE);
  return (
    <div class="field">
      <label for="crisis-country">{t('crisisCountryLabel')}</label>
      <select
        id="crisis-country"
        value={chosen ?? ''}
        aria-describedby="crisis-country-hint"
        onChange={(e) => {
          const value = e.currentTarget.value;
          setStatus(IDLE);
          void onChoose(value === '' ? null : (value as CrisisCountry)).then(
            () => setStatus(statusOf(null)),
            (failure: unknown) => setStatus(statusOf(t('crisisCountryNotSaved', failure instanceof Error ? failure.message : String(failure)))),
          );
        }}
      >
        <option value="">{t('crisisCountryAuto', t(CRISIS_COUNTRY_NAMES[fromRegion]))}</option>
        {CRISIS_COUNTRIES.map((country) => (
          <option key={country} value={country}>
            {t(CRISIS_COUNTRY_NAMES[country])}
          </option>
        ))}
      </select>
      <span id="crisis-country-hint" class="muted small">
        {t('crisisCountryHint')}
      </span>
      <SaveStatusText id="crisis-country-error" status={status} />
    </div>
  );
}
