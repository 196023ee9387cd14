import { t } from '@/utils/catalogue';
import type { ScoreSeries } from '@/utils/insights/scoreSeries';
import { dayStart, shiftDay } from '@/utils/time/dayKey';

const W = 640;
const H = 200;
const PAD = { left: 36, right: 120, top: 10, bottom: 24 };

/**
 * One questionnaire over time against its baseline: the response line (half the baseline), the
 * remission line (under 5, PHQ-9), and a ring where a change from the score before is 5 or more.
 * Points sit on the time axis of the range shown.
 */
export function ScoreChart({ series, range, dayLabel }: { series: ScoreSeries; range: { from: string; to: string }; dayLabel: (day: string) => string }) {
  const id = `${series.measure}-chart`;
  const name = t(`${series.measure}Name` as 'phq9Name');
  const from = dayStart(range.from).getTime();
  // The end of the last day: a score taken this evening sits inside the chart, not past it.
  const to = dayStart(shiftDay(range.to, 1)).getTime();
  const x = (at: string) => PAD.left + ((Date.parse(at) - from) / (to - from)) * (W - PAD.left - PAD.right);
  const y = (v: number) => PAD.top + (1 - v / series.max) * (H - PAD.top - PAD.bottom);
  const line = (value: number, cls: string, label: string) => (
    <g>
      <line class={cls} x1={PAD.left} x2={W - PAD.right} y1={y(value)} y2={y(value)} />
      <text class="axis" x={W - PAD.right + 4} y={y(value) + 4}>
        {label}
      </text>
    </g>
  );
  const d = series.points.map((p, i) => `${i ? 'L' : 'M'}${x(p.at).toFixed(1)},${y(p.total).toFixed(1)}`).join('');

  return (
    <section class="chart card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('scoreChartTitle', name)}</h2>
      <p id={`${id}-summary`}>{series.summary}</p>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-title ${id}-summary`} class="chart-svg" data-testid={id}>
        {[0, Math.round(series.max / 3), Math.round((2 * series.max) / 3), series.max].map((v) => (
          <g key={v}>
            <line class="grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text class="axis" x={PAD.left - 6} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {series.baseline !== null && line(series.baseline, 'baseline-line', t('baselineMark'))}
        {series.responseLine !== null && line(series.responseLine, 'response-line', t('responseMark'))}
        {series.remissionLine !== null && line(series.remissionLine - 0.5, 'remission-line', t('remissionMark'))}
        <path class="score-line" d={d} />
        {series.points.map((p) => (
          <g key={p.at}>
            <circle class="score-dot" cx={x(p.at)} cy={y(p.total)} r={4} />
            {p.meaningful && <circle class="change-ring" data-testid="change-mark" cx={x(p.at)} cy={y(p.total)} r={9} />}
          </g>
        ))}
        <text class="axis" x={PAD.left} y={H - 6}>
          {dayLabel(range.from)}
        </text>
        <text class="axis" x={W - PAD.right} y={H - 6} text-anchor="end">
          {dayLabel(range.to)}
        </text>
      </svg>
      {series.points.length > 0 && <p class="muted small">{t('scoreChartLegend')}</p>}
      {series.points.length > 0 && (
        <table class="numbers">
          <caption class="visually-hidden">{t('scoreChartTitle', name)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tableDate')}</th>
              <th scope="col">{t('tableScore')}</th>
              <th scope="col">{t('tableBand')}</th>
              <th scope="col">{t('tableChange')}</th>
              <th scope="col">{t('tableVsBaseline')}</th>
            </tr>
          </thead>
          <tbody>
            {series.points.map((p) => (
              <tr key={p.at}>
                <td>{dayLabel(p.day)}</td>
                <td>{p.total}</td>
                <td>{p.band}</td>
                <td>
                  {p.change === null ? '–' : p.change > 0 ? `+${p.change}` : p.change}
                  {p.meaningful ? ' ◯' : ''}
                </td>
                <td>{p.vsBaseline === null ? '–' : `${p.vsBaseline > 0 ? '+' : ''}${p.vsBaseline}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
