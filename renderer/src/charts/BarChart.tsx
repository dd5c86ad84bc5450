/** Vertical or horizontal bars, optionally stacked, with money or other formatted ticks. */
import { Bar } from 'react-chartjs-2';
import { PALETTE } from './setup';

export interface BarSeries {
  label: string;
  data: (number | null)[];
  color?: string;
  /** One colour per bar (e.g. red for negatives). */
  colors?: string[];
}

export function BarChart(props: {
  label: string;
  /** A label given as lines (wrapLabel) is drawn level, one line under the other, never slanted. */
  labels: (string | string[])[];
  series: BarSeries[];
  format: (v: number) => string;
  stacked?: boolean;
  horizontal?: boolean;
  height?: number;
  legend?: boolean;
}) {
  const value = props.horizontal ? 'x' : 'y';
  const wrapped = props.labels.some((l) => Array.isArray(l));
  const category = props.horizontal ? 'y' : 'x';
  return (
    <div className="chart-box" style={{ height: props.height ?? 280 }}>
      <Bar
        role="img"
        aria-label={props.label}
        data={{
          labels: props.labels,
          datasets: props.series.map((s, i) => ({
            label: s.label,
            data: s.data,
            backgroundColor: s.colors ?? s.color ?? PALETTE[i % PALETTE.length],
            borderWidth: 0,
            maxBarThickness: 48,
          })),
        }}
        options={{
          indexAxis: props.horizontal ? 'y' : 'x',
          plugins: {
            legend: { display: props.legend ?? props.series.length > 1, position: 'bottom', labels: { boxWidth: 12 } },
            tooltip: {
              callbacks: {
                label: (ctx) => {
                  const v = props.horizontal ? ctx.parsed.x : ctx.parsed.y;
                  return `${ctx.dataset.label ?? ''}: ${v === null ? '—' : props.format(v)}`;
                },
              },
            },
          },
          scales: {
            [category]: { stacked: props.stacked ?? false, grid: { display: false }, ticks: wrapped ? { autoSkip: false, maxRotation: 0, minRotation: 0 } : { autoSkip: false } },
            [value]: { stacked: props.stacked ?? false, beginAtZero: true, ticks: { maxTicksLimit: 6, callback: (v: string | number) => props.format(Number(v) || 0) } },
          },
        }}
      />
    </div>
  );
}
