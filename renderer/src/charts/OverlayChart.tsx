/**
 * The scenarios' cumulative net cash flow by month on one chart: one line per scenario, the base
 * scenario drawn thicker and solid, the others thinner and dashed, with a legend.
 */
import { useMemo } from 'react';
import { Line } from 'react-chartjs-2';
import type { Currency, Locale } from '@shared/case/schema';
import { formatMoneyCompact } from '../format/numbers';
import { PALETTE } from './setup';

export interface OverlaySeries {
  id: string;
  label: string;
  data: readonly number[];
  base: boolean;
}

/** One dataset per scenario, in the order given; the base emphasised. */
export function overlayDatasets(series: readonly OverlaySeries[]) {
  return series.map((s, i) => {
    const color = PALETTE[i % PALETTE.length] ?? '#2563eb';
    return {
      label: s.label,
      data: [...s.data],
      borderColor: color,
      backgroundColor: color,
      borderWidth: s.base ? 3.5 : 1.75,
      borderDash: s.base ? [] : [6, 4],
      pointRadius: 0,
      pointHoverRadius: 4,
      fill: false,
      order: s.base ? 0 : 1,
    };
  });
}

export function OverlayChart(props: { currency: Currency; locale: Locale; series: readonly OverlaySeries[]; label: string; height?: number }) {
  const { currency, locale } = props;
  const options = useMemo(
    () => ({
      interaction: { mode: 'index' as const, intersect: false },
      plugins: {
        legend: { display: true, position: 'bottom' as const, labels: { boxHeight: 2 } },
        tooltip: {
          callbacks: { label: (ctx: { dataset: { label?: string }; parsed: { y: number | null } }) => `${ctx.dataset.label ?? ''}: ${formatMoneyCompact(ctx.parsed.y, currency, locale)}` },
        },
      },
      scales: {
        x: { ticks: { maxTicksLimit: 12 }, grid: { display: false } },
        y: { ticks: { callback: (v: string | number) => formatMoneyCompact(Number(v) || 0, currency, locale), maxTicksLimit: 6 } },
      },
    }),
    [currency, locale],
  );
  const months = Math.max(0, ...props.series.map((s) => s.data.length));
  const data = { labels: Array.from({ length: months }, (_, m) => String(m)), datasets: overlayDatasets(props.series) };
  return (
    <div className="chart-box" style={{ height: props.height ?? 300 }}>
      <Line data={data} aria-label={props.label} role="img" options={options} />
    </div>
  );
}
