/** Cash flow by year, the scenario comparison and the KPIs before and after. */
import type { ScenarioResult } from '@shared/engine/compute';
import type { KpiSet } from '@shared/engine/kpis';
import { BarChart } from '../../charts/BarChart';
import { OverlayChart } from '../../charts/OverlayChart';
import { NEGATIVE, PALETTE } from '../../charts/setup';
import { WaterfallChart, type WaterfallStep } from '../../charts/WaterfallChart';
import { irrShown, paybackShown, withReason } from '../../format/figures';
import { formatMetric } from '../steps/benchmarkGaps';
import { categoryLabels, chunks, Figure, Section, short, Table, type Ctx } from './common';
import { tableByBasis } from '../finance/conventions';

/** Year columns per table: five years plus the line name fit a portrait page at the report's type size. */
const YEARS_PER_TABLE = 5;

interface YearRow {
  key: string;
  label: string;
  values: number[];
  strong?: boolean;
}

export function CashflowSection({ ctx, result, n }: { ctx: Ctx; result: ScenarioResult; n: string }) {
  const { t, f } = ctx;
  // By case year or fiscal year, as the case chooses (yearBasis).
  const byBasis = tableByBasis(t, ctx.doc, result);
  const y = byBasis.table;
  const heads = [...byBasis.labels, t('common.total'), t('summary.pv')];
  const taxed = result.taxRate !== 0;
  const cols = heads.map((h, i) => ({ h, i }));
  const rows: YearRow[] = [
    ...y.lines.filter((l) => l.group !== 'cost').map((l) => ({ key: l.id, label: l.label, values: l.values })),
    { key: '_benefits', label: t('results.benefits'), values: y.benefits, strong: true },
    ...y.lines.filter((l) => l.group === 'cost').map((l) => ({ key: l.id, label: l.label, values: l.values.map((v) => 0 - v) })),
    { key: '_costs', label: t('results.costs'), values: y.costs.map((v) => 0 - v), strong: true },
    ...(taxed ? [{ key: '_tax', label: t('finance.tax'), values: y.tax.map((v) => 0 - v), strong: true }] : []),
    { key: '_net', label: taxed ? t('finance.netAfterTax') : t('results.net'), values: y.net, strong: true },
  ];
  // Group per kind for the waterfall: a bar per line would be unreadable on a 40-line case.
  const byKind = new Map<string, number>();
  for (const l of result.lines) {
    if (l.group === 'cost') continue;
    const pv = y.lines.find((r) => r.id === l.id)?.values[heads.length - 1] ?? 0;
    byKind.set(l.kind, (byKind.get(l.kind) ?? 0) + pv);
  }
  const kindLabel = (k: string) => (['retention', 'expansion', 'acquisition'].includes(k) ? t(`revenue.kinds.${k}`) : t(`costs.kinds.${k}`));
  const steps: WaterfallStep[] = [
    ...[...byKind.entries()].filter(([, v]) => v !== 0).map(([k, v]) => ({ label: short(kindLabel(k), 16), value: v, kind: 'step' as const })),
    { label: t('results.pvBenefits'), value: result.pvBenefits, kind: 'total' },
    { label: t('results.pvCosts'), value: -result.pvCosts, kind: 'step' },
    { label: t('results.npv'), value: result.npv, kind: 'total' },
  ];
  const yearCols = cols.slice(0, -2);
  const groups = chunks(yearCols, YEARS_PER_TABLE);
  const last = groups.length - 1;
  return (
    <Section id="cashflow" n={n} title={t('report.sections.cashflow')}>
      {groups.map((g, gi) => {
        const shown = gi === last ? [...g, ...cols.slice(-2)] : g;
        return (
          <Table
            key={gi}
            className="report-table-years"
            rows={rows}
            rowKey={(r) => r.key}
            columns={[
              { head: t('report.tables.line'), cell: (r: YearRow) => (r.strong ? <strong>{r.label}</strong> : r.label), className: 'name' },
              ...shown.map((c) => ({ head: c.h, cell: (r: YearRow) => f.money(r.values[c.i]), num: true })),
            ]}
          />
        );
      })}
      {/* Nothing to walk from benefits to NPV in a scenario with neither: no empty chart. */}
      {result.pvBenefits !== 0 || result.pvCosts !== 0 ? (
        <Figure ctx={ctx} id="waterfall" title={t('report.charts.waterfall')}>
          <WaterfallChart label={t('report.charts.waterfall')} steps={steps} format={f.compact} height={230} />
        </Figure>
      ) : null}
    </Section>
  );
}

/** Scenarios per table: labels plus five scenarios fit the page; a case may have up to 20. */
const SCENARIOS_PER_TABLE = 5;

export function CompareSection({ ctx, results, base, n }: { ctx: Ctx; results: readonly ScenarioResult[]; base: number; n: string }) {
  const { t, f } = ctx;
  // The report's own scenario drawn solid and thicker, the others dashed (as the Compare step draws them).
  const overlay = results.map((r, i) => ({ id: r.scenarioId, label: r.scenarioName, data: r.cumulative, base: i === base }));
  const payback = (r: ScenarioResult) => withReason(paybackShown(t, r));
  const figures: { key: string; label: string; cell: (r: ScenarioResult) => string }[] = [
    { key: 'npv', label: t('results.npv'), cell: (r) => f.money(r.npv) },
    { key: 'pvb', label: t('results.pvBenefits'), cell: (r) => f.money(r.pvBenefits) },
    { key: 'pvc', label: t('results.pvCosts'), cell: (r) => f.money(r.pvCosts) },
    { key: 'roi', label: t('results.roi'), cell: (r) => f.pct(r.roi, 0) },
    { key: 'payback', label: t('results.payback'), cell: payback },
    { key: 'irr', label: t('results.irr'), cell: (r) => withReason(irrShown(t, r, ctx.locale)) },
    { key: 'flags', label: t('results.flags'), cell: (r) => f.num(r.flags.length) },
  ];
  return (
    <Section id="compare" n={n} title={t('report.sections.compare')}>
      {chunks(results, SCENARIOS_PER_TABLE).map((g, gi) => (
        <Table
          key={gi}
          rows={figures}
          rowKey={(r) => r.key}
          columns={[
            { head: t('compare.figure'), cell: (r) => r.label, className: 'name' },
            ...g.map((s) => ({ head: s.scenarioName, cell: (r: (typeof figures)[number]) => r.cell(s), num: true })),
          ]}
        />
      ))}
      <Figure ctx={ctx} id="compare" title={t('report.charts.compare')}>
        <BarChart
          label={t('report.charts.compare')}
          labels={categoryLabels(results.map((r) => r.scenarioName))}
          series={[
            { label: t('results.npv'), data: results.map((r) => r.npv), color: PALETTE[0] },
            { label: t('results.pvBenefits'), data: results.map((r) => r.pvBenefits), color: PALETTE[1] },
            { label: t('results.pvCosts'), data: results.map((r) => r.pvCosts), color: NEGATIVE },
          ]}
          format={f.compact}
          height={220}
          legend
        />
      </Figure>
      <Figure ctx={ctx} id="overlay" title={t('reportPdf.overlay')}>
        <OverlayChart currency={ctx.doc.currency} locale={ctx.locale} series={overlay} label={t('reportPdf.overlay')} height={220} />
      </Figure>
    </Section>
  );
}

type KpiKey = Exclude<keyof KpiSet, 'customers' | 'annualRevenue' | 'contactsPerMonth'>;

export function KpiSection({ ctx, result, n }: { ctx: Ctx; result: ScenarioResult; n: string }) {
  const { t, f } = ctx;
  const rows: { key: KpiKey; show: (x: number | null) => string }[] = [
    { key: 'arpu', show: f.money },
    { key: 'churn', show: (x) => f.pct(x) },
    { key: 'retention', show: (x) => f.pct(x) },
    { key: 'clv', show: f.money },
    { key: 'clvToCac', show: (x) => (x === null ? f.num(null) : `${f.num(x, 1)}×`) },
    { key: 'clvPerConversation', show: f.money },
    { key: 'assistedContactsPerMonth', show: (x) => f.num(x) },
    { key: 'agentHoursPerMonth', show: (x) => f.num(x) },
    { key: 'monthlySupportSpend', show: f.money },
    { key: 'costPerContact', show: f.money2 },
    { key: 'costPerResolution', show: f.money2 },
    { key: 'supportSpendShareOfRevenue', show: (x) => f.pct(x, 2) },
    { key: 'revenuePerAgentHour', show: f.money },
  ];
  const { before, after, metrics } = result.kpis;
  return (
    <Section id="kpis" n={n} title={t('report.sections.kpis')}>
      <p className="report-lead">{t('report.method.kpis')}</p>
      <Table
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          { head: t('summary.kpi'), cell: (r) => t(`kpis.${r.key}`), className: 'name' },
          { head: t('summary.before'), cell: (r) => r.show(before[r.key]), num: true },
          { head: t('summary.after'), cell: (r) => r.show(after[r.key]), num: true },
        ]}
      />
      <p className="report-note" data-testid="kpi-weighted">{t('reportPdf.kpiWeighted')}</p>
      {metrics.length > 0 ? (
        <Table
          rows={metrics}
          rowKey={(m) => m.metric}
          columns={[
            { head: t('benchmarks.metric'), cell: (m) => t(`benchmarks.metrics.${m.metric}`), className: 'name' },
            { head: t('summary.before'), cell: (m) => formatMetric(m.metric, m.before, ctx.locale), num: true },
            { head: t('summary.after'), cell: (m) => formatMetric(m.metric, m.after, ctx.locale), num: true },
          ]}
        />
      ) : null}
    </Section>
  );
}
