import { t } from '@/utils/catalogue';
import type { MoodSeries } from '@/utils/insights/moodSeries';

const W = 640;
const H = 180;
const PAD = { left: 70, right: 10, top: 10, bottom: 24 };

/** Mood (1–5) per day, each infusion a vertical mark, each window a shaded band. Hand-drawn SVG. */
export function MoodChart({ series, dayLabel }: { series: MoodSeries; dayLabel: (day: string) => string }) {
  const n = series.days.length;
  const step = (W - PAD.left - PAD.right) / Math.max(n - 1, 1);
  const x = (i: number) => PAD.left + i * step;
  const y = (mood: number) => PAD.top + ((5 - mood) / 4) * (H - PAD.top - PAD.bottom);
  // A line through consecutive recorded days; a day with no mood breaks it.
  const paths: string[] = [];
  let current = '';
  series.days.forEach((d, i) => {
    if (d.mood === null) {
      if (current) paths.push(current);
      current = '';
      return;
    }
    current += `${current ? 'L' : 'M'}${x(i).toFixed(1)},${y(d.mood).toFixed(1)}`;
  });
  if (current) paths.push(current);
  const dots = n <= 120;

  return (
    <section class="chart card" aria-labelledby="mood-chart-title">
      <h2 id="mood-chart-title">{t('moodChartTitle')}</h2>
      <p id="mood-chart-summary">{series.summary}</p>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="mood-chart-title mood-chart-summary" class="chart-svg" data-testid="mood-chart">
        {series.windows.map((w) => (
          <rect key={w.from} class="window-band" x={x(w.from) - step / 2} y={PAD.top} width={(w.to - w.from + 1) * step} height={H - PAD.top - PAD.bottom} />
        ))}
        {[1, 2, 3, 4, 5].map((m) => (
          <g key={m}>
            <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(m)} y2={y(m)} />
            <text class="axis" x={PAD.left - 6} y={y(m) + 4} text-anchor="end">
              {t(`mood${m}` as 'mood1')}
            </text>
          </g>
        ))}
        {series.infusions.map((i) => (
          <line key={i} class="infusion-mark" data-testid="infusion-mark" data-day={series.days[i]!.day} x1={x(i)} x2={x(i)} y1={PAD.top} y2={H - PAD.bottom} />
        ))}
        {paths.map((d) => (
          <path key={d} class="mood-line" d={d} />
        ))}
        {dots &&
          series.days.map((d, i) => d.mood !== null && <circle key={d.day} class="mood-dot" cx={x(i)} cy={y(d.mood)} r={3} />)}
        <text class="axis" x={PAD.left} y={H - 6}>
          {dayLabel(series.days[0]!.day)}
        </text>
        <text class="axis" x={W - PAD.right} y={H - 6} text-anchor="end">
          {dayLabel(series.days[n - 1]!.day)}
        </text>
      </svg>
      <p class="muted small">{series.legend}</p>
      <details>
        <summary>{t('showNumbers')}</summary>
        <table class="numbers">
          <caption class="visually-hidden">{t('moodChartTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tableDay')}</th>
              <th scope="col">{t('tableMood')}</th>
              <th scope="col">{series.infusionColumn}</th>
              <th scope="col">{t('tableInWindow')}</th>
            </tr>
          </thead>
          <tbody>
            {series.days
              .filter((d) => d.mood !== null || d.infusion)
              .map((d) => (
                <tr key={d.day}>
                  <td>{dayLabel(d.day)}</td>
                  <td>{d.mood === null ? '–' : `${d.mood} (${t(`mood${d.mood}` as 'mood1')})`}</td>
                  <td>{d.infusion ? t('yes') : ''}</td>
                  <td>{d.inWindow ? t('yes') : ''}</td>
                </tr>
              ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
