/**
 * The benefit waterfall: each line's present value stacked up to total benefits, then the costs
 * taken away, landing on the NPV. Floating bars ([from, to]) draw each step.
 */
import { Bar } from 'react-chartjs-2';
import { wrapLabel } from './labels';
import { NEGATIVE, PALETTE, POSITIVE } from './setup';

export interface WaterfallStep {
  label: string;
  /** Change for a step; the level itself for a total. */
  value: number;
  kind: 'step' | 'total';
}

/** Floating-bar ranges for the steps: a step goes from the running level to level + value; a total from 0. */
export function waterfallRanges(steps: readonly WaterfallStep[]): [number, number][] {
  let level = 0;
  return steps.map((s) => {
    if (s.kind === 'total') {
      level = s.value;
      return [0, s.value];
    }
    const from = level;
    level += s.value;
    return [from, level];
  });
}

export function WaterfallChart(props: { label: string; steps: WaterfallStep[]; format: (v: number) => string; height?: number }) {
  const ranges = waterfallRanges(props.steps);
  const colors = props.steps.map((s) => (s.kind === 'total' ? (s.value >= 0 ? PALETTE[0] ?? '#2563eb' : NEGATIVE) : s.value >= 0 ? POSITIVE : NEGATIVE));
  return (
    <div className="chart-box" style={{ height: props.height ?? 40 + props.steps.length * 34 }}>
      <Bar
        role="img"
        aria-label={props.label}
        data={{
          labels: props.steps.map((s) => wrapLabel(s.label, 34, 2)),
          datasets: [{ label: props.label, data: ranges, backgroundColor: colors, borderWidth: 0, maxBarThickness: 24 }],
        }}
        options={{
          // Horizontal: long line names stay readable as category labels.
          indexAxis: 'y',
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { title: (items) => props.steps[items[0]?.dataIndex ?? 0]?.label ?? '', label: (ctx) => props.format(props.steps[ctx.dataIndex]?.value ?? 0) } },
          },
          scales: {
            y: { grid: { display: false }, ticks: { autoSkip: false } },
            x: { beginAtZero: true, ticks: { maxTicksLimit: 7, callback: (v) => props.format(Number(v) || 0) } },
          },
        }}
      />
    </div>
  );
}
