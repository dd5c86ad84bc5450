/** The five steps of the case in the report: each with its table and its chart. */
import { momentCoverage } from '@shared/engine/volume';
import type { CostLine, RevenueLine, SavingLine, Scenario } from '@shared/case/schema';
import type { ScenarioResult } from '@shared/engine/compute';
import type { LineSeries } from '@shared/engine/lines';
import { churnReduction } from '@shared/engine/segments';
import { BarChart } from '../../charts/BarChart';
import { levelColor, NEGATIVE, PALETTE } from '../../charts/setup';
import { formatMetric, formatMetricDelta, metricsWithGaps } from '../steps/benchmarkGaps';
import { categoryLabels, Figure, NoData, Section, Table, yesNo, type Ctx, type T } from './common';

/** Savings in cool colours; red stays for costs. */
const SAVING_COLOURS = [PALETTE[3], PALETTE[5], PALETTE[1], PALETTE[9]];

export interface StepSectionProps {
  ctx: Ctx;
  scenario: Scenario;
  result: ScenarioResult;
  n: string;
}

/** Present value of a line, from the engine's year table (last column). */
export function linePv(result: ScenarioResult, id: string): number | null {
  const row = result.years.lines.find((l) => l.id === id);
  return row ? (row.values[row.values.length - 1] ?? null) : null;
}

/** Year labels of the engine's year table: Initial, Year 1..n (Total and PV left out). */
export function yearLabels(ctx: Ctx, result: ScenarioResult): string[] {
  return result.years.columns
    .filter((c) => c !== 'total' && c !== 'pv')
    .map((c) => (c === 'initial' ? ctx.t('summary.initial') : ctx.t('summary.year', { n: c.slice(1) })));
}

/** Sum of the per-year values (Initial, Y1..Yn) of the lines that pass `keep`. */
export function yearSums(result: ScenarioResult, keep: (l: LineSeries) => boolean): number[] {
  const ids = new Set(result.lines.filter(keep).map((l) => l.id));
  const n = result.years.columns.length - 2;
  const out = new Array<number>(n).fill(0);
  for (const row of result.years.lines) if (ids.has(row.id)) for (let i = 0; i < n; i++) out[i] = (out[i] ?? 0) + (row.values[i] ?? 0);
  return out;
}

export function SegmentsSection({ ctx, scenario, result, n }: StepSectionProps) {
  const { t, f } = ctx;
  const figs = new Map(result.segments.map((x) => [x.id, x]));
  const rows = scenario.segments.map((g) => ({ g, x: figs.get(g.id) }));
  return (
    <Section id="segments" n={n} title={t('report.sections.segments')}>
      <p className="report-lead">
        {t('stepIntro.segments')} {t('meanings.marginAtRisk')}: {t('meanings.marginAtRiskDef')}
      </p>
      {rows.length === 0 ? <NoData t={t} /> : (
        <>
          <Table
            rows={rows}
            rowKey={(r) => r.g.id}
            columns={[
              { head: t('segments.rank'), cell: (r) => r.x?.rank ?? '', num: true, className: 'narrow' },
              { head: t('segments.name'), cell: (r) => <>{r.g.name}{r.g.priority ? <span className="report-tag">{t('segments.priority')}</span> : null}</>, className: 'name' },
              { head: t('segments.customers'), cell: (r) => f.num(r.g.customers), num: true },
              { head: 'ARPU', cell: (r) => f.money(r.g.arpu), num: true },
              { head: t('segments.grossMargin'), cell: (r) => f.pct(r.g.grossMargin), num: true },
              { head: t('segments.annualChurn'), cell: (r) => f.pct(r.g.annualChurn), num: true },
              { head: t('segments.clv'), cell: (r) => f.money(r.x?.clv), num: true },
              { head: t('segments.clvToCac'), cell: (r) => (r.x?.clvToCac == null ? f.num(null) : `${f.num(r.x.clvToCac, 1)}×`), num: true },
              { head: t('meanings.marginAtRisk'), cell: (r) => f.money(r.x?.marginAtRisk), num: true },
              { head: t('segments.tier'), cell: (r) => t(`segments.tiers.${r.g.tier}`).split(':')[0] ?? '' },
            ]}
          />
          <Figure ctx={ctx} id="segments" title={t('report.charts.segments')}>
            <BarChart
              label={t('report.charts.segments')}
              labels={categoryLabels(rows.map((r) => r.g.name))}
              series={[
                { label: t('report.tables.annualRevenue'), data: rows.map((r) => r.x?.annualRevenue ?? null), color: PALETTE[0] },
                { label: t('meanings.marginAtRisk'), data: rows.map((r) => r.x?.marginAtRisk ?? null), color: PALETTE[2] },
              ]}
              format={f.compact}
              height={230}
              legend
            />
          </Figure>
        </>
      )}
    </Section>
  );
}

export type MomentClass = 'inScope' | 'protected' | 'notAutomatable';

const MOMENT_COLOURS: Record<MomentClass, { swatch: string; colour: string }> = {
  inScope: { swatch: 'blue', colour: PALETTE[0] ?? '#2563eb' },
  protected: { swatch: 'amber', colour: PALETTE[2] ?? '#d97706' },
  notAutomatable: { swatch: 'grey', colour: '#94a3b8' },
};

/**
 * The moments chart: a bar per moment coloured by why it is in or out of automation scope, the
 * names wrapped under the bars, and a legend naming each colour used, in words.
 */
export function momentsChart(t: T, moments: readonly { name: string; protected: boolean; inScope: boolean }[]) {
  const cls = moments.map((m): MomentClass => (m.protected ? 'protected' : m.inScope ? 'inScope' : 'notAutomatable'));
  const text: Record<MomentClass, string> = { inScope: t('report.tables.inScope'), protected: t('moments.protected'), notAutomatable: t('reportPdf.legendNotAutomatable') };
  const order: MomentClass[] = ['inScope', 'protected', 'notAutomatable'];
  return {
    labels: categoryLabels(moments.map((m) => m.name)),
    colors: cls.map((c) => MOMENT_COLOURS[c].colour),
    legend: order.filter((c) => cls.includes(c)).map((c) => ({ swatch: MOMENT_COLOURS[c].swatch, text: text[c] })),
  };
}

export function MomentsSection({ ctx, scenario, result, n }: StepSectionProps) {
  const { t, f } = ctx;
  const figs = new Map(result.moments.map((x) => [x.id, x]));
  const rows = scenario.moments.map((m) => ({ m, x: figs.get(m.id) }));
  const coverage = momentCoverage(scenario.moments, result.volume.baseline);
  const chart = momentsChart(t, rows.map((r) => ({ name: r.m.name, protected: r.m.protected, inScope: r.x?.inScope ?? false })));
  return (
    <Section id="moments" n={n} title={t('report.sections.moments')}>
      <p className="report-lead">{t('stepIntro.moments')}</p>
      {rows.length === 0 ? <NoData t={t} /> : (
        <>
          <p className="report-note">
            {t('report.tables.baseline')}: <strong>{f.num(result.volume.baseline)}</strong>
            {coverage !== null ? <> · {t(coverage > 1 + 1e-9 ? 'meanings.sharesOver' : 'meanings.sharesTotal', { pct: f.pct(coverage, 0) })}</> : null}
          </p>
          <Table
            rows={rows}
            rowKey={(r) => r.m.id}
            columns={[
              { head: t('moments.name'), cell: (r) => r.m.name, className: 'name' },
              { head: t('moments.intent'), cell: (r) => t(`moments.intents.${r.m.intent}`) },
              { head: t('moments.channel'), cell: (r) => t(`moments.channels.${r.m.channel}`) },
              { head: t('moments.monthlyVolume'), cell: (r) => f.num(r.x?.monthlyVolume), num: true },
              { head: 'CSAT', cell: (r) => f.pct(r.m.satisfaction, 0), num: true },
              { head: t('moments.automatable'), cell: (r) => yesNo(t, r.m.automatable) },
              { head: t('moments.protected'), cell: (r) => yesNo(t, r.m.protected) },
              { head: t('moments.deflectionRate'), cell: (r) => (r.x?.inScope ? f.pct(r.m.deflectionRate, 0) : '—'), num: true },
              { head: t('moments.aiResolutionRate'), cell: (r) => (r.x?.inScope ? f.pct(r.m.aiResolutionRate, 0) : '—'), num: true },
            ]}
          />
          <Figure ctx={ctx} id="moments" title={t('report.charts.moments')}>
            <BarChart
              label={t('report.charts.moments')}
              labels={chart.labels}
              series={[{ label: t('moments.monthlyVolume'), data: rows.map((r) => r.x?.monthlyVolume ?? null), colors: chart.colors }]}
              format={(v) => f.num(v)}
              height={230}
              legend={false}
            />
            <p className="report-legend" data-testid="moments-legend">
              {chart.legend.map((l) => (
                <span key={l.swatch}>
                  <span className={`swatch swatch-${l.swatch}`} /> {l.text}{' '}
                </span>
              ))}
            </p>
          </Figure>
        </>
      )}
    </Section>
  );
}


export function BenchmarksSection({ ctx, scenario, result, n }: StepSectionProps) {
  const { t } = ctx;
  const pp = ctx.lang === 'it' ? 'p.p.' : 'pp';
  const rows = metricsWithGaps(scenario, result);
  const charted = rows.flatMap((r) => {
    const v = r.gap.levelToBest;
    return v === null ? [] : [{ ...r, level: v }];
  });
  const fmt = (m: (typeof rows)[number]['m']['metric'], v: number | null | undefined) => formatMetric(m, v, ctx.locale);
  return (
    <Section id="benchmarks" n={n} title={t('report.sections.benchmarks')}>
      <p className="report-lead">{t('stepIntro.benchmarks')}</p>
      {scenario.competitors.length > 0 ? (
        <p className="report-note">
          {t('benchmarks.competitor')}: {scenario.competitors.map((c) => c.name).join(', ')}
        </p>
      ) : null}
      {rows.length === 0 ? <NoData t={t} /> : (
        <>
          <Table
            rows={rows}
            rowKey={(r) => r.m.metric}
            columns={[
              { head: t('benchmarks.metric'), cell: (r) => t(`benchmarks.metrics.${r.m.metric}`), className: 'name' },
              { head: t('benchmarks.ours'), cell: (r) => fmt(r.m.metric, r.m.ours), num: true },
              { head: t('benchmarks.market'), cell: (r) => fmt(r.m.metric, r.m.market), num: true },
              { head: t('report.tables.best'), cell: (r) => (r.gap.best ? `${r.gap.best.name}: ${fmt(r.m.metric, r.gap.best.value)}` : '—') },
              { head: t('benchmarks.target'), cell: (r) => fmt(r.m.metric, r.m.target), num: true },
              { head: t('report.tables.gapBest'), cell: (r) => formatMetricDelta(r.m.metric, r.gap.gapToBest, ctx.locale, pp), num: true },
              { head: t('report.tables.gapTarget'), cell: (r) => formatMetricDelta(r.m.metric, r.gap.gapToTarget, ctx.locale, pp), num: true },
            ]}
          />
          {charted.length > 0 ? (
            <Figure ctx={ctx} id="benchmarks" title={t('report.charts.benchmarks')}>
              <BarChart
                label={t('report.charts.benchmarks')}
                labels={charted.map((r) => t(`benchmarks.metrics.${r.m.metric}`))}
                series={[
                  {
                    label: t('report.charts.benchmarks'),
                    data: charted.map((r) => r.level),
                    colors: charted.map((r) => levelColor(r.level)),
                  },
                ]}
                format={(v) => ctx.f.pct(v, 0)}
                horizontal
                height={Math.max(150, 40 + charted.length * 26)}
                legend={false}
              />
            </Figure>
          ) : null}
        </>
      )}
    </Section>
  );
}

function revenueAssumption(ctx: Ctx, l: RevenueLine): string {
  const { t, f } = ctx;
  switch (l.kind) {
    case 'retention':
      return l.churnReductionMode === 'entered'
        ? `${t('revenue.churnReduction')} ${f.pct(l.churnReduction)}`
        : `${t('revenue.churnReduction')} ${f.pct(churnReduction(l))} (${f.pct(l.dissatisfiedNow, 0)} → ${f.pct(l.dissatisfiedTarget, 0)})`;
    case 'expansion':
      return `${t('revenue.uplift')} ${f.pct(l.uplift)}`;
    case 'acquisition':
      return `${f.num(l.opportunitiesPerMonth)} ${t('revenue.opportunitiesPerMonth').toLowerCase()}, +${f.pct(l.conversionUplift)}, ${f.money(l.firstYearValue)}`;
  }
}

function savingAssumption(ctx: Ctx, l: SavingLine, scenario: Scenario): string {
  const { t, f } = ctx;
  switch (l.kind) {
    case 'deflection':
      return `${t('costs.assistedCostPerContact')} ${f.money2(scenario.service.assistedCostPerContact)}; ${t('costs.selfServiceCostPerContact')} ${f.money2(scenario.service.selfServiceCostPerContact)}`;
    case 'ai':
      return `${t('costs.aiCostPerResolution')} ${f.money2(scenario.service.aiCostPerResolution)}`;
    case 'handleTime':
      return `${f.num(l.ahtReductionMinutes, 1)} ${t('costs.minutes')} × ${f.money(scenario.service.agentHourCost)}/h`;
    case 'escalation':
      return `${f.num(l.escalationsPerMonth)} × ${f.num(l.handoffsAvoided, 1)} × ${f.num(l.minutesPerHandoff, 1)} ${t('costs.minutes')}`;
  }
}

type BenefitLine = RevenueLine | SavingLine;

function timingColumns(ctx: Ctx, result: ScenarioResult) {
  const { t, f } = ctx;
  return [
    { head: t('report.tables.start'), cell: (l: BenefitLine) => f.num(l.startMonth), num: true, className: 'narrow' },
    { head: t('report.tables.ramp'), cell: (l: BenefitLine) => t('report.tables.months', { n: l.rampMonths }), num: true },
    { head: t('revenue.haircut'), cell: (l: BenefitLine) => f.pct(l.haircut, 0), num: true },
    { head: t('report.tables.pv'), cell: (l: BenefitLine) => (l.enabled ? f.money(linePv(result, l.id)) : t('report.disabled')), num: true },
  ];
}

export function RevenueSection({ ctx, scenario, result, n }: StepSectionProps) {
  const { t, f } = ctx;
  const segName = new Map(scenario.segments.map((s) => [s.id, s.name]));
  const kinds = ['retention', 'expansion', 'acquisition'] as const;
  const labels = yearLabels(ctx, result);
  return (
    <Section id="revenue" n={n} title={t('report.sections.revenue')}>
      <p className="report-lead">{t('stepIntro.revenue')}</p>
      {scenario.revenueLines.length === 0 ? <NoData t={t} /> : (
        <>
          <Table
            rows={scenario.revenueLines}
            rowKey={(l) => l.id}
            columns={[
              { head: t('report.tables.line'), cell: (l) => l.label, className: 'name' },
              { head: t('report.tables.kind'), cell: (l) => t(`revenue.kinds.${l.kind}`) },
              { head: t('revenue.segment'), cell: (l) => (l.kind === 'acquisition' ? '—' : segName.get(l.segmentId) ?? '—'), className: 'name' },
              { head: t('report.tables.assumption'), cell: (l) => revenueAssumption(ctx, l) },
              ...timingColumns(ctx, result),
            ]}
          />
          <Figure ctx={ctx} id="revenue" title={t('report.charts.revenue')}>
            <BarChart
              label={t('report.charts.revenue')}
              labels={labels}
              series={kinds.map((k, i) => ({ label: t(`revenue.kinds.${k}`), data: yearSums(result, (l) => l.kind === k), color: PALETTE[i] }))}
              format={f.compact}
              stacked
              height={220}
              legend
            />
          </Figure>
        </>
      )}
    </Section>
  );
}

export function CostsSection({ ctx, scenario, result, n }: StepSectionProps) {
  const { t, f } = ctx;
  const svc = scenario.service;
  const service: [string, string][] = [
    [t('costs.assistedCostPerContact'), f.money2(svc.assistedCostPerContact)],
    [t('costs.selfServiceCostPerContact'), f.money2(svc.selfServiceCostPerContact)],
    [t('costs.aiCostPerResolution'), f.money2(svc.aiCostPerResolution)],
    [t('costs.agentHourCost'), f.money2(svc.agentHourCost)],
    [t('costs.averageHandleTimeMinutes'), `${f.num(svc.averageHandleTimeMinutes, 1)} ${t('costs.minutes')}`],
    [t('costs.resolutionRate'), f.pct(svc.resolutionRate, 0)],
    [t('report.tables.baseline'), f.num(result.volume.baseline)],
  ];
  const savingKinds = ['deflection', 'ai', 'handleTime', 'escalation'] as const;
  const costSums = yearSums(result, (l) => l.group === 'cost').map((x) => 0 - x);
  return (
    <Section id="costs" n={n} title={t('report.sections.costs')}>
      <p className="report-lead">{t('stepIntro.costs')}</p>
      <Table
        caption={t('report.tables.service')}
        className="report-table-kv"
        rows={service}
        rowKey={(r) => r[0]}
        columns={[
          { head: t('report.tables.figure'), cell: (r) => r[0], className: 'name' },
          { head: t('report.tables.value'), cell: (r) => r[1], num: true },
        ]}
      />
      {scenario.savingLines.length > 0 ? (
        <Table
          caption={t('report.tables.savings')}
          rows={scenario.savingLines}
          rowKey={(l) => l.id}
          columns={[
            { head: t('report.tables.line'), cell: (l) => l.label, className: 'name' },
            { head: t('report.tables.kind'), cell: (l) => t(`costs.kinds.${l.kind}`) },
            { head: t('report.tables.assumption'), cell: (l) => savingAssumption(ctx, l, scenario) },
            ...timingColumns(ctx, result),
          ]}
        />
      ) : null}
      {scenario.costLines.length > 0 ? (
        <Table
          caption={t('report.tables.investment')}
          rows={scenario.costLines}
          rowKey={(l) => l.id}
          columns={[
            { head: t('report.tables.line'), cell: (l: CostLine) => l.label, className: 'name' },
            { head: t('costs.category'), cell: (l) => t(`costs.categories.${l.category}`) },
            { head: t('costs.kind'), cell: (l) => t(`costs.kinds.${l.kind}`) },
            { head: t('costs.amount'), cell: (l) => f.money(l.amount), num: true },
            { head: t('costs.month'), cell: (l) => f.num(l.month), num: true, className: 'narrow' },
            { head: t('costs.contingency'), cell: (l) => f.pct(l.contingency, 0), num: true },
            { head: t('report.tables.pv'), cell: (l) => (l.enabled ? f.money(linePv(result, l.id)) : t('report.disabled')), num: true },
          ]}
        />
      ) : null}
      {scenario.savingLines.length + scenario.costLines.length > 0 ? (
        <Figure ctx={ctx} id="costs" title={t('report.charts.costs')}>
          <BarChart
            label={t('report.charts.costs')}
            labels={yearLabels(ctx, result)}
            series={[
              ...savingKinds.map((k, i) => ({ label: t(`costs.kinds.${k}`), data: yearSums(result, (l) => l.kind === k), color: SAVING_COLOURS[i] })),
              { label: t('results.costs'), data: costSums, color: NEGATIVE },
            ]}
            format={f.compact}
            stacked
            height={220}
            legend
          />
        </Figure>
      ) : null}
    </Section>
  );
}
