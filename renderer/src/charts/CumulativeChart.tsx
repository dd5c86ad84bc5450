/** The cumulative net cash flow by month, with the break-even month marked. */
import { useRef } from 'react';
import { Line } from 'react-chartjs-2';
import type { Case } from '../../../shared/case/schema';
import type { ScenarioResult } from '../../../shared/engine/compute';
import { formatMoneyCompact } from '../format/numbers';
import { NEGATIVE, PALETTE, POSITIVE } from './setup';

export function CumulativeChart(props: { doc: Case; result: ScenarioResult; label: string; breakEvenLabel: string; height?: number; onDrawn?: () => void }) {
  const { doc, result } = props;
  // Chart.js keeps the plugin object from the first render: it must read the latest props through a ref.
  const latest = useRef(props);
  latest.current = props;
  const data = {
    labels: result.cumulative.map((_, m) => String(m)),
    datasets: [
      {
        label: props.label,
        data: result.cumulative,
        borderColor: PALETTE[0],
        backgroundColor: 'rgba(37, 99, 235, 0.12)',
        fill: true,
        pointRadius: result.cumulative.map((_, m) => (m === result.paybackMonth ? 5 : 0)),
        pointBackgroundColor: result.cumulative.map((v) => (v >= 0 ? POSITIVE : NEGATIVE)),
        borderWidth: 2,
      },
    ],
  };
  return (
    <div className="chart-box" style={{ height: props.height ?? 160 }}>
      <Line
        data={data}
        aria-label={props.label}
        role="img"
        options={{
          plugins: {
            legend: { display: false },
            tooltip: { callbacks: { label: (ctx) => formatMoneyCompact(ctx.parsed.y, doc.currency, doc.locale) } },
          },
          scales: {
            x: { ticks: { maxTicksLimit: 8 }, grid: { display: false } },
            y: { ticks: { callback: (v) => formatMoneyCompact(Number(v) || 0, doc.currency, doc.locale), maxTicksLimit: 5 } },
          },
        }}
        plugins={[
          {
            id: 'breakEven',
            afterDraw: (chart) => {
              const p = latest.current;
              const m = p.result.paybackMonth;
              if (m !== null) {
                const x = chart.scales['x']?.getPixelForValue(m);
                const area = chart.chartArea;
                if (x !== undefined) {
                  const ctx = chart.ctx;
                  ctx.save();
                  ctx.strokeStyle = POSITIVE;
                  ctx.setLineDash([4, 3]);
                  ctx.beginPath();
                  ctx.moveTo(x, area.top);
                  ctx.lineTo(x, area.bottom);
                  ctx.stroke();
                  ctx.fillStyle = POSITIVE;
                  ctx.font = '11px "Noto Sans", sans-serif';
                  ctx.fillText(`${p.breakEvenLabel} ${m}`, Math.min(x + 4, area.right - 70), area.top + 12);
                  ctx.restore();
                }
              }
              p.onDrawn?.();
            },
          },
        ]}
      />
    </div>
  );
}
