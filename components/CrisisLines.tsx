import { t } from '@/utils/catalogue';
import type { CrisisCountry } from '@/utils/crisis/countries';
import { CRISIS_INTRO, CRISIS_LINES, INTERNATIONAL_LIST } from '@/utils/crisis/countries';

/**
 * One country's crisis lines: the sentence that names them, then each as a link the phone or
 * computer can dial or text; for "another country", the link to a list of lines the world over.
 * Shared by the "In crisis?" disclosure and the item-9 panel, so the two never disagree.
 */
export function CrisisLines({ country, linkClass }: { country: CrisisCountry; linkClass?: string }) {
  const lines = CRISIS_LINES[country];
  return (
    <>
      <p>{t(CRISIS_INTRO[country])}</p>
      <p class="row crisis-actions">
        {lines.map((line) => (
          <a key={line.label} class={linkClass} href={line.href}>
            {t(line.label)}
          </a>
        ))}
        {lines.length === 0 && (
          <a class={linkClass} href={INTERNATIONAL_LIST} target="_blank" rel="noreferrer">
            {t('crisisFindLine')}
          </a>
        )}
      </p>
    </>
  );
}
