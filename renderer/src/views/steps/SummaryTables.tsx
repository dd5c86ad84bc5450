/**
 * The summary's tables and their number formats: the KPIs before and after, and the TEI-style
 * year table. Shared with Compare (column headings) and tested on their own.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '@shared/case/schema';
import type { ScenarioResult } from '@shared/engine/compute';
import type { KpiSet } from '@shared/engine/kpis';
import { formatMoney, formatNumber, formatPercent, MISSING } from '../../format/numbers';
import { fiscalYearLabel } from '../../format/calendar';
import { formatMetric, formatMetricDelta, lowerIsBetter } from './benchmarkGaps';
import { ScrollTable } from './common';

type T = (k: string, o?: Record<string, unknown>) => string;

/** Heading of a year-table column ('initial', 'y1'…, 'total', 'pv'). */
export function columnLabel(t: T, col: string): string {
  if (col === 'initial') return t('summary.initial');
  if (col === 'total') return t('common.total');
  if (col === 'pv') return t('summary.pv');
  const n = /^y(\d+)$/.exec(col)?.[1];
  return n ? t('summary.year', { n }) : col;
}

export type KpiFormat = 'money' | 'money2' | 'percent' | 'ratio' | 'count';

/** Every KPI of the engine's KpiSet with how it is shown, and which way is an improvement (null: neither). */
export const KPI_ROWS: readonly { key: keyof KpiSet; format: KpiFormat; better: 'higher' | 'lower' | null }[] = [
  { key: 'customers', format: 'count', better: 'higher' },
  { key: 'annualRevenue', format: 'money', better: 'higher' },
  { key: 'arpu', format: 'money', better: 'higher' },
  { key: 'churn', format: 'percent', better: 'lower' },
  { key: 'retention', format: 'percent', better: 'higher' },
  { key: 'clv', format: 'money', better: 'higher' },
  { key: 'clvToCac', format: 'ratio', better: 'higher' },
  { key: 'clvPerConversation', format: 'money2', better: 'higher' },
  { key: 'contactsPerMonth', format: 'count', better: null },
  { key: 'assistedContactsPerMonth', format: 'count', better: null },
  { key: 'agentHoursPerMonth', format: 'count', better: 'lower' },
  { key: 'monthlySupportSpend', format: 'money', better: 'lower' },
  { key: 'costPerContact', format: 'money2', better: 'lower' },
  { key: 'costPerResolution', format: 'money2', better: 'lower' },
  { key: 'supportSpendShareOfRevenue', format: 'percent', better: 'lower' },
  { key: 'revenuePerAgentHour', format: 'money', better: 'higher' },
];

/** 'gap-ahead' when the change is an improvement, 'gap-behind' when it is a deterioration. */
export function changeClass(better: 'higher' | 'lower' | null, before: number | null, after: number | null): string {
  if (better === null || before === null || after === null || Math.abs(after - before) < 1e-9 * Math.max(1, Math.abs(before))) return '';
  return (after > before) === (better === 'higher') ? 'gap-ahead' : 'gap-behind';
}

export function formatKpi(doc: Case, format: KpiFormat, v: number | null | undefined): string {
  switch (format) {
    case 'money':
      return formatMoney(v, doc.currency, doc.locale);
    case 'money2':
      return formatMoney(v, doc.currency, doc.locale, 2);
    case 'percent':
      return formatPercent(v, doc.locale, 2, 2);
    case 'ratio':
      return v === null || v === undefined || !Number.isFinite(v) ? MISSING : `${formatNumber(v, doc.locale, 1)}×`;
    case 'count':
      return formatNumber(v, doc.locale, 0);
  }
}

/** The change from before to after: percentage points for percentages, relative change otherwise. */
export function formatKpiChange(doc: Case, format: KpiFormat, before: number | null, after: number | null, pp: string): string {
  if (before === null || after === null || !Number.isFinite(before) || !Number.isFinite(after)) return MISSING;
  const d = after - before;
  const sign = d > 1e-12 ? '+' : d < -1e-12 ? '−' : '';
  if (format === 'percent') return `${sign}${formatNumber(Math.abs(d) * 100, doc.locale, 2, 2)} ${pp}`;
  if (before === 0) return MISSING;
  const rel = d / Math.abs(before);
  return `${sign}${formatPercent(Math.abs(rel), doc.locale, 1)}`;
}

/** A card holding only a table (no chart to toggle): heading, optional note, the table in its scroller. */
function TableCard(props: { id: string; title: string; description?: string; className: string; testId: string; controls?: ReactNode; children: ReactNode }) {
  return (
    <section className="chart-card" aria-labelledby={`${props.id}-heading`}>
      <header>
        <h3 id={`${props.id}-heading`}>{props.title}</h3>
        {props.controls}
      </header>
      {props.description ? <p className="muted small chart-desc">{props.description}</p> : null}
      <ScrollTable label={props.title} className={props.className} testId={props.testId}>
        {props.children}
      </ScrollTable>
    </section>
  );
}

export function KpiTable({ doc, result }: { doc: Case; result: ScenarioResult }) {
  const { t } = useTranslation();
  const { before, after, metrics } = result.kpis;
  const pp = t('units.pp');
  return (
    <TableCard id="kpi" title={t('summary.kpis')} description={t('summary.kpisNote', { m: result.horizon })} className="table" testId="kpi-table">
      <thead>
        <tr>
          <th scope="col">{t('summary.kpi')}</th>
          <th scope="col" className="num">{t('summary.before')}</th>
          <th scope="col" className="num">{t('summary.after')}</th>
          <th scope="col" className="num">{t('summary.change')}</th>
        </tr>
      </thead>
      <tbody>
        {KPI_ROWS.map(({ key, format, better }) => (
          <tr key={key} data-kpi={key}>
            <th scope="row">{t(`kpis.${key}`)}</th>
            <td className="num">{formatKpi(doc, format, before[key])}</td>
            <td className="num">{formatKpi(doc, format, after[key])}</td>
            <td className={`num ${changeClass(better, before[key], after[key])}`}>{formatKpiChange(doc, format, before[key], after[key], pp)}</td>
          </tr>
        ))}
        {metrics.map((m) => (
          <tr key={m.metric} data-kpi={m.metric}>
            <th scope="row">
              {t(`benchmarks.metrics.${m.metric}`)} <span className="muted small">({t('summary.targetAsAfter')})</span>
            </th>
            <td className="num">{formatMetric(m.metric, m.before, doc.locale)}</td>
            <td className="num">{formatMetric(m.metric, m.after, doc.locale)}</td>
            <td className={`num ${changeClass(lowerIsBetter(m.metric) ? 'lower' : 'higher', m.before, m.after)}`}>
              {m.before === null || m.after === null ? MISSING : formatMetricDelta(m.metric, m.after - m.before, doc.locale, pp)}
            </td>
          </tr>
        ))}
      </tbody>
    </TableCard>
  );
}

/**
 * The TEI cash-flow table by the case's year basis (case years, or fiscal years with partial ones
 * marked), with a Tax row and an after-tax net when the case has a tax rate.
 */
export function YearTable({ doc, result, controls }: { doc: Case; result: ScenarioResult; controls?: ReactNode }) {
  const { t } = useTranslation();
  const fiscal = doc.yearBasis === 'fiscalYears';
  const y = fiscal ? result.fiscalYears : result.years;
  const heading = (c: string, i: number) => {
    const period = fiscal ? result.fiscalYears.periods[i - 1] : undefined;
    return period && c.startsWith('fy') ? fiscalYearLabel(t, period) : columnLabel(t, c);
  };
  const taxed = result.taxRate !== 0;
  const money = (x: number | undefined) => formatMoney(x, doc.currency, doc.locale);
  const row = (label: string, values: readonly number[], cls?: string, key?: string) => (
    <tr key={key ?? label} className={cls}>
      <th scope="row">{label}</th>
      {y.columns.map((c, i) => (
        <td key={c} className={`num${(values[i] ?? 0) < 0 ? ' negative' : ''}`}>
          {money(values[i])}
        </td>
      ))}
    </tr>
  );
  const benefitLines = y.lines.filter((l) => l.group !== 'cost');
  const costLines = y.lines.filter((l) => l.group === 'cost');
  return (
    <TableCard id="year-table" title={t('summary.yearTable')} className="table year-table" testId="year-table" controls={controls}>
      <thead>
        <tr>
          <th scope="col">{t('summary.line')}</th>
          {y.columns.map((c, i) => (
            <th key={c} scope="col" className="num">
              {heading(c, i)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr className="row-group">
          <th scope="rowgroup" colSpan={y.columns.length + 1}>
            {t('results.benefits')}
          </th>
        </tr>
        {benefitLines.map((l) => row(l.label, l.values, 'row-line', l.id))}
        {row(t('summary.totalBenefits'), y.benefits, 'row-total')}
        <tr className="row-group">
          <th scope="rowgroup" colSpan={y.columns.length + 1}>
            {t('results.costs')}
          </th>
        </tr>
        {costLines.map((l) => row(l.label, l.values, 'row-line', l.id))}
        {row(t('summary.totalCosts'), y.costs, 'row-total')}
        {taxed ? row(t('finance.tax'), y.tax, 'row-total') : null}
        {row(taxed ? t('finance.netAfterTax') : t('summary.netCashFlow'), y.net, 'row-net')}
      </tbody>
    </TableCard>
  );
}
