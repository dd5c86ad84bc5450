/** One metric's values as horizontal bars: us, the market, each competitor and the target. */
import { Bar } from 'react-chartjs-2';
import { PALETTE } from './setup';

export type BarRole = 'ours' | 'market' | 'competitor' | 'target';

const COLORS: Record<BarRole, string> = { ours: PALETTE[0] ?? '#2563eb', market: '#94a3b8', competitor: '#cbd5e1', target: PALETTE[1] ?? '#16a34a' };

export function BenchmarkBars(props: {
  title: string;
  bars: { label: string; value: number | null; role: BarRole }[];
  format: (v: number | null) => string;
  /** Fractions are drawn as percentages (0.79 → 79) so the axis reads like the table. */
  scale?: number;
}) {
  const k = props.scale ?? 1;
  const height = 36 + props.bars.length * 22;
  return (
    <figure className="mini-chart">
      <figcaption>{props.title}</figcaption>
      <div className="chart-box" style={{ height }}>
        <Bar
          role="img"
          aria-label={`${props.title}: ${props.bars.map((b) => `${b.label} ${props.format(b.value)}`).join(', ')}`}
          data={{
            labels: props.bars.map((b) => b.label),
            datasets: [
              {
                label: props.title,
                data: props.bars.map((b) => (b.value === null ? null : b.value * k)),
                backgroundColor: props.bars.map((b) => COLORS[b.role]),
                borderColor: props.bars.map((b) => (b.role === 'competitor' ? '#64748b' : COLORS[b.role])),
                borderWidth: 1,
                barThickness: 14,
              },
            ],
          }}
          options={{
            indexAxis: 'y',
            plugins: {
              legend: { display: false },
              tooltip: { callbacks: { label: (ctx) => props.format(ctx.parsed.x === null ? null : ctx.parsed.x / k) } },
            },
            scales: {
              x: { beginAtZero: true, ticks: { maxTicksLimit: 5, callback: (v) => props.format(Number(v) / k || 0) } },
              y: { grid: { display: false }, ticks: { autoSkip: false } },
            },
          }}
        />
      </div>
    </figure>
  );
}
