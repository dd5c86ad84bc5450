/**
 * The risk page: P10/P50/P90 and mean of NPV with the probability of a positive NPV, the tornado
 * (drawn like the Risk step's, no animation), the NPV histogram, and the three assumptions the case
 * rests on with their break-evens. Every figure is the shared risk code's (`reportRisk`).
 */
import { Bar } from 'react-chartjs-2';
import type { RangedAssumption } from '@shared/risk/register';
import { BarChart } from '../../charts/BarChart';
import { wrapLabel } from '../../charts/labels';
import { NEGATIVE, PALETTE, POSITIVE } from '../../charts/setup';
import { Figure, MISSING, Section, Table, type Ctx } from './common';
import type { ReportRisk } from './risk';

/** Bars on the printed tornado: the widest ten fit the page beside the histogram; the Risk step shows fifteen. */
export const REPORT_TORNADO_BARS = 10;
/** The assumptions the case rests on: the top of the tornado. */
export const RESTS_ON = 3;

type Bar = ReportRisk['analysis']['tornado'][number];

export function riskLabel(ctx: Ctx, a: Pick<RangedAssumption, 'itemName' | 'field'>): string {
  const field = ctx.t(`risk.field.${a.field}`, { defaultValue: a.field });
  return a.itemName ? `${a.itemName}: ${field}` : field;
}

export function RiskSection({ ctx, risk, baseNpv, n }: { ctx: Ctx; risk: ReportRisk; baseNpv: number; n: string }) {
  const { t, f } = ctx;
  const a = risk.analysis;
  const byKey = new Map(risk.register.map((r) => [r.key, r]));
  const label = (key: string) => {
    const r = byKey.get(key);
    return r ? riskLabel(ctx, r) : key;
  };
  // A break-even comes from a root search: shown to the precision a reader uses, not to the search's last digit.
  const input = (key: string, v: number | null) => {
    if (v === null) return t('risk.report.none');
    const kind = byKey.get(key)?.kind;
    // Rounded first (and + 0 turns −0 into 0), so a distance of −0.000004 reads 0, not "−0".
    const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits + 0;
    if (kind === 'rate') return f.pct(round(v, 3), 1);
    if (kind === 'cost' || kind === 'value') return Math.abs(v) < 1000 ? f.money2(round(v, 2)) : f.money(round(v, 0));
    const digits = Math.abs(v) < 100 ? 1 : 0;
    return f.num(round(v, digits), digits);
  };
  const trials = f.num(a.trials);
  const bars = a.tornado.slice(0, REPORT_TORNADO_BARS);
  const beByKey = new Map(a.breakEven.map((b) => [b.key, b]));
  const restsOn = a.tornado.slice(0, RESTS_ON);
  const pRow = [{ key: 'npv' }];
  const span = (b: Bar, end: 'low' | 'high'): [number, number] => [baseNpv, end === 'low' ? b.npvLow : b.npvHigh];
  return (
    <Section id="risk" n={n} title={t('report.sections.risk')}>
      <p className="report-note">{t('risk.report.intro', { trials, seed: a.seed })}</p>
      <Table
        caption={t('risk.report.percentiles', { trials })}
        rows={pRow}
        rowKey={(r) => r.key}
        columns={[
          { head: t('report.tables.figure'), cell: () => t('risk.mc.npv'), className: 'name' },
          { head: 'P10', cell: () => f.money(a.npv.p10), num: true },
          { head: 'P50', cell: () => f.money(a.npv.p50), num: true },
          { head: 'P90', cell: () => f.money(a.npv.p90), num: true },
          { head: t('risk.mc.mean'), cell: () => f.money(a.npv.mean), num: true },
        ]}
      />
      <p className="report-recommendation" data-testid="risk-probability">
        <strong>{t('risk.report.probability', { p: f.pct(a.probabilityPositive, 0) })}</strong>
      </p>
      {bars.length > 0 ? (
        <Figure ctx={ctx} id="risk-tornado" title={t('risk.report.tornado', { n: bars.length })}>
          <div className="chart-box" style={{ height: 50 + bars.length * 24 }}>
            <Bar
              role="img"
              aria-label={t('risk.report.tornado', { n: bars.length })}
              data={{
                labels: bars.map((b) => wrapLabel(label(b.key), 44, 2)),
                datasets: [
                  { label: t('risk.tornado.atLow'), data: bars.map((b) => span(b, 'low')), backgroundColor: NEGATIVE, borderWidth: 0 },
                  { label: t('risk.tornado.atHigh'), data: bars.map((b) => span(b, 'high')), backgroundColor: POSITIVE, borderWidth: 0 },
                ],
              }}
              options={{
                animation: false,
                indexAxis: 'y',
                maintainAspectRatio: false,
                plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } }, tooltip: { enabled: false } },
                scales: { x: { ticks: { maxTicksLimit: 6, callback: (v: string | number) => f.compact(Number(v) || 0) } }, y: { stacked: true, ticks: { autoSkip: false, font: { size: 9 } } } },
              }}
            />
          </div>
        </Figure>
      ) : null}
      {a.histogram.length > 0 ? (
        <Figure ctx={ctx} id="risk-histogram" title={t('risk.report.histogram', { trials })}>
          <BarChart
            label={t('risk.report.histogram', { trials })}
            labels={a.histogram.map((b, i) => (i % 5 === 0 ? f.compact(b.from) : ''))}
            series={[{ label: t('risk.mc.trials'), data: a.histogram.map((b) => b.count), colors: a.histogram.map((b) => ((b.from + b.to) / 2 < 0 ? NEGATIVE : (PALETTE[0] ?? '#2563eb'))) }]}
            format={(v) => f.num(v)}
            legend={false}
            height={170}
          />
        </Figure>
      ) : null}
      <Table
        caption={t('risk.report.restsOn')}
        rows={restsOn}
        rowKey={(b) => b.key}
        columns={[
          { head: t('risk.register.assumption'), cell: (b) => label(b.key), className: 'name' },
          { head: t('risk.report.value'), cell: (b) => input(b.key, b.likely), num: true },
          { head: t('risk.register.low'), cell: (b) => input(b.key, b.low), num: true },
          { head: t('risk.register.high'), cell: (b) => input(b.key, b.high), num: true },
          { head: t('risk.register.swing'), cell: (b) => f.money(b.swing), num: true },
          { head: t('risk.report.breakEven'), cell: (b) => input(b.key, beByKey.get(b.key)?.value ?? null), num: true },
          { head: t('risk.breakEven.distance'), cell: (b) => { const d = beByKey.get(b.key)?.distance; return d === null || d === undefined ? MISSING : input(b.key, d); }, num: true },
        ]}
      />
    </Section>
  );
}
