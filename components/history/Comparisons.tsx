import { t } from '@/utils/catalogue';
import type { Comparison } from '@/utils/insights/comparisons';

/** What went together, as observations with their counts; only where each side has 3 days or more. */
export function Comparisons({ items }: { items: Comparison[] }) {
  return (
    <section class="card" aria-labelledby="comparisons-title">
      <h2 id="comparisons-title">{t('comparisonsTitle')}</h2>
      <p class="muted small">{t('comparisonsNote')}</p>
      {items.length === 0 ? (
        <p>{t('comparisonsNone')}</p>
      ) : (
        <ul>
          {items.map((c) => (
            <li key={c.id}>{c.sentence}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
