/** The cumulative net cash flow by month, with the break-even month marked. */
import { useMemo, useRef } from 'react';
import { Line } from 'react-chartjs-2';
import type { Plugin } from 'chart.js';
import type { Currency, Locale } from '@shared/case/schema';
import type { ScenarioResult } from '@shared/engine/compute';
import { formatMoneyCompact } from '../format/numbers';
import { PALETTE, POSITIVE } from './setup';

export function CumulativeChart(props: { currency: Currency; locale: Locale; result: ScenarioResult; label: string; breakEvenLabel: string; height?: number; onDrawn?: () => void; monthLabel?: (m: number) => string }) {
  const { currency, locale, result } = props;
  // Chart.js keeps the plugin object from the first render: it must read the latest props through a ref.
  const latest = useRef(props);
  latest.current = props;
  // This chart redraws on every keystroke. Options keep their identity between renders (Chart.js
  // re-resolves them only when they change), and the points share one constant style; the
  // break-even line and dot are drawn by the plugin below.
  const options = useMemo(
    () => ({
      plugins: {
        legend: { display: false },
        tooltip: { callbacks: { label: (ctx: { parsed: { y: number | null } }) => formatMoneyCompact(ctx.parsed.y, currency, locale) } },
      },
      scales: {
        x: { ticks: { maxTicksLimit: 8 }, grid: { display: false } },
        y: { ticks: { callback: (v: string | number) => formatMoneyCompact(Number(v) || 0, currency, locale), maxTicksLimit: 5 } },
      },
    }),
    [currency, locale],
  );
  const plugins = useMemo<Plugin<'line'>[]>(
    () => [
      {
        id: 'breakEven',
        afterDraw: (chart) => {
          const p = latest.current;
          const m = p.result.paybackMonth;
          const x = m === null ? undefined : chart.scales['x']?.getPixelForValue(m);
          const y = m === null ? undefined : chart.scales['y']?.getPixelForValue(p.result.cumulative[m] ?? 0);
          if (m !== null && x !== undefined && y !== undefined) {
            const area = chart.chartArea;
            const ctx = chart.ctx;
            ctx.save();
            ctx.strokeStyle = POSITIVE;
            ctx.setLineDash([4, 3]);
            ctx.beginPath();
            ctx.moveTo(x, area.top);
            ctx.lineTo(x, area.bottom);
            ctx.stroke();
            ctx.setLineDash([]);
            ctx.fillStyle = POSITIVE;
            ctx.strokeStyle = PALETTE[0] ?? POSITIVE;
            ctx.lineWidth = 1;
            ctx.beginPath();
            ctx.arc(x, y, 5, 0, 2 * Math.PI);
            ctx.fill();
            ctx.stroke();
            ctx.font = '11px "Noto Sans", sans-serif';
            ctx.fillText(`${p.breakEvenLabel} ${p.monthLabel ? p.monthLabel(m) : m}`, Math.min(x + 4, area.right - 70), area.top + 12);
            ctx.restore();
          }
          p.onDrawn?.();
        },
      },
    ],
    [],
  );
  const data = {
    // Calendar months ("Mar 2027") where the caller gives them; month numbers otherwise.
    labels: result.cumulative.map((_, m) => (props.monthLabel ? props.monthLabel(m) : String(m))),
    datasets: [
      {
        label: props.label,
        data: result.cumulative,
        borderColor: PALETTE[0],
        backgroundColor: 'rgba(37, 99, 235, 0.12)',
        fill: true,
        pointRadius: 0,
        pointHoverRadius: 4,
        borderWidth: 2,
      },
    ],
  };
  return (
    <div className="chart-box" style={{ height: props.height ?? 160 }}>
      <Line data={data} aria-label={props.label} role="img" options={options} plugins={plugins} />
    </div>
  );
}
