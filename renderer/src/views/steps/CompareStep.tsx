/**
 * Every scenario side by side: the headline results, net cash flow by year and the main inputs.
 * A cell whose shown value differs from the first scenario's is highlighted, with a note for
 * screen readers. Values are compared as shown, so rounding noise is not a difference.
 */
import { useTranslation } from 'react-i18next';
import type { Case, Scenario } from '../../../../shared/case/schema';
import type { ScenarioResult } from '../../../../shared/engine/compute';
import { formatMoney, formatNumber, formatPercent } from '../../format/numbers';
import { irrShown, paybackShown, withReason } from '../../format/figures';
import { columnLabel } from './SummaryTables';
import { ScrollTable } from './common';
import type { StepProps } from './step-props';

interface CompareRow {
  key: string;
  label: string;
  values: string[];
}

interface CompareGroup {
  key: string;
  label: string;
  rows: CompareRow[];
}

/** Which cells differ from the first column. */
export function differsFromFirst(values: readonly string[]): boolean[] {
  return values.map((v, i) => i > 0 && v !== values[0]);
}

function sumGroup(r: ScenarioResult, group: 'revenue' | 'saving' | 'cost'): number {
  const pv = r.years.columns.indexOf('pv');
  return r.years.lines.filter((l) => l.group === group).reduce((a, l) => a + (l.values[pv] ?? 0), 0);
}

function enabledCount(xs: readonly { enabled: boolean }[]): string {
  return `${xs.filter((x) => x.enabled).length} / ${xs.length}`;
}

export function buildGroups(doc: Case, results: readonly ScenarioResult[], t: (k: string, o?: Record<string, unknown>) => string): CompareGroup[] {
  const loc = doc.locale;
  const money = (x: number | null | undefined) => formatMoney(x, doc.currency, loc);
  const money2 = (x: number | null | undefined) => formatMoney(x, doc.currency, loc, 2);
  const scen = (r: ScenarioResult): Scenario | undefined => doc.scenarios.find((s) => s.id === r.scenarioId);
  const each = (f: (r: ScenarioResult, s: Scenario | undefined) => string) => results.map((r) => f(r, scen(r)));
  // Scenarios share the horizon, so the year columns line up.
  const cols = results[0]?.years.columns ?? [];
  const yearCols = cols.map((c, i) => ({ c, i })).filter(({ c }) => c !== 'pv');
  return [
    {
      key: 'results',
      label: t('compare.results'),
      rows: [
        { key: 'npv', label: t('results.npv'), values: each((r) => money(r.npv)) },
        { key: 'roi', label: t('results.roi'), values: each((r) => formatPercent(r.roi, loc, 0)) },
        { key: 'payback', label: t('results.payback'), values: each((r) => withReason(paybackShown(t, r))) },
        { key: 'irr', label: t('results.irr'), values: each((r) => withReason(irrShown(t, r, loc))) },
        { key: 'pvBenefits', label: t('results.pvBenefits'), values: each((r) => money(r.pvBenefits)) },
        { key: 'pvCosts', label: t('results.pvCosts'), values: each((r) => money(r.pvCosts)) },
        { key: 'pvRevenue', label: t('compare.pvRevenue'), values: each((r) => money(sumGroup(r, 'revenue'))) },
        { key: 'pvSavings', label: t('compare.pvSavings'), values: each((r) => money(sumGroup(r, 'saving'))) },
      ],
    },
    {
      key: 'net',
      label: t('compare.netByYear'),
      rows: yearCols.map(({ c, i }) => ({ key: `net-${c}`, label: columnLabel(t, c), values: each((r) => money(r.years.net[i])) })),
    },
    {
      key: 'inputs',
      label: t('compare.inputs'),
      rows: [
        { key: 'customers', label: t('kpis.customers'), values: each((r) => formatNumber(r.kpis.before.customers, loc, 0)) },
        { key: 'baseline', label: t('moments.baseline'), values: each((r) => formatNumber(r.volume.baseline, loc, 0)) },
        { key: 'assistedCost', label: t('costs.assistedCostPerContact'), values: each((_, s) => money2(s?.service.assistedCostPerContact)) },
        { key: 'agentHour', label: t('costs.agentHourCost'), values: each((_, s) => money2(s?.service.agentHourCost)) },
        { key: 'deflectedEnd', label: t('compare.deflectedEnd'), values: each((r) => formatNumber(r.volume.deflected[r.horizon], loc, 0)) },
        { key: 'aiEnd', label: t('compare.aiEnd'), values: each((r) => formatNumber(r.volume.aiResolved[r.horizon], loc, 0)) },
        { key: 'churnAfter', label: t('compare.churnAfter'), values: each((r) => formatPercent(r.kpis.after.churn, loc, 2)) },
        { key: 'revenueLines', label: t('compare.revenueLines'), values: each((_, s) => (s ? enabledCount(s.revenueLines) : '')) },
        { key: 'savingLines', label: t('compare.savingLines'), values: each((_, s) => (s ? enabledCount(s.savingLines) : '')) },
        { key: 'costLines', label: t('compare.costLines'), values: each((_, s) => (s ? enabledCount(s.costLines) : '')) },
        {
          key: 'haircut',
          label: t('compare.avgHaircut'),
          values: each((_, s) => {
            const ls = s ? [...s.revenueLines, ...s.savingLines].filter((l) => l.enabled) : [];
            return formatPercent(ls.length ? ls.reduce((a, l) => a + l.haircut, 0) / ls.length : null, loc, 1);
          }),
        },
        { key: 'upFront', label: t('compare.upFront'), values: each((r) => money(r.years.costs[0])) },
      ],
    },
  ];
}

export function CompareStep(props: StepProps) {
  const { t } = useTranslation();
  const { doc, results } = props;
  const groups = buildGroups(doc, results, t);
  const first = results[0]?.scenarioName ?? '';
  return (
    <section aria-labelledby="step-heading">
      {results.length < 2 ? (
        <p className="warning" role="status" data-testid="compare-need-two">
          {t('compare.needTwo')}
        </p>
      ) : (
        <p className="muted small">{t('compare.legend', { name: first })}</p>
      )}
      <ScrollTable label={t('compare.heading')} className="table compare-table" testId="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.figure')}</th>
            {results.map((r) => (
              <th key={r.scenarioId} scope="col" className="num">
                {r.scenarioName}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key}>
            <tr className="row-group">
              <th scope="rowgroup" colSpan={results.length + 1}>
                {g.label}
              </th>
            </tr>
            {g.rows.map((row) => {
              const diff = differsFromFirst(row.values);
              return (
                <tr key={row.key} data-row={row.key}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((v, i) => (
                    <td key={results[i]?.scenarioId ?? i} className={`num${diff[i] ? ' diff' : ''}`}>
                      {v}
                      {diff[i] ? <span className="sr-only"> ({t('compare.differs', { name: first })})</span> : null}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        ))}
      </ScrollTable>
    </section>
  );
}
