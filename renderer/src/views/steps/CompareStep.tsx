/**
 * Every scenario side by side against a base scenario the user picks (the first by default): the
 * headline results, net cash flow by year and the main inputs, each other scenario followed by its
 * difference from the base; what changed in the inputs, scenario by scenario; and the cumulative net
 * cash flow of every scenario on one chart. A cell whose shown value differs from the base's is
 * highlighted, with a note for screen readers. Values are compared as shown, so rounding noise is
 * not a difference. Every figure is the engine's.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case, Scenario } from '@shared/case/schema';
import { diffScenarios } from '@shared/case/scenario-diff';
import type { ScenarioResult } from '@shared/engine/compute';
import { ChartCard } from '../../charts/ChartCard';
import { OverlayChart } from '../../charts/OverlayChart';
import { formatMoney, formatNumber, formatPercent } from '../../format/numbers';
import { irrShown, paybackShown, withReason } from '../../format/figures';
import { changeWords, delta, formatDelta, type DeltaKind } from './compareDiff';
import { columnLabel } from './SummaryTables';
import { ScrollTable } from './common';
import type { StepProps } from './step-props';

interface CompareRow {
  key: string;
  label: string;
  values: string[];
  /** The engine's figures behind the values, for the difference from the base (absent: no Δ). */
  nums?: (number | null)[];
  delta?: DeltaKind;
}

interface CompareGroup {
  key: string;
  label: string;
  rows: CompareRow[];
}

/** Which cells differ from the first column. */
export function differsFromFirst(values: readonly string[]): boolean[] {
  return differsFrom(values, 0);
}

/** Which cells differ from the base column. */
export function differsFrom(values: readonly string[], base: number): boolean[] {
  return values.map((v, i) => i !== base && v !== values[base]);
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
  /** A row of figures: shown with `show`, differenced as `delta`. */
  const fig = (key: string, label: string, get: (r: ScenarioResult, s: Scenario | undefined) => number | null | undefined, show: (x: number | null | undefined) => string, d: DeltaKind): CompareRow => {
    const nums = results.map((r) => get(r, scen(r)) ?? null);
    return { key, label, values: nums.map(show), nums, delta: d };
  };
  const pct = (digits: number) => (x: number | null | undefined) => formatPercent(x, loc, digits);
  const count = (x: number | null | undefined) => formatNumber(x, loc, 0);
  // Scenarios share the horizon, so the year columns line up.
  const cols = results[0]?.years.columns ?? [];
  const yearCols = cols.map((c, i) => ({ c, i })).filter(({ c }) => c !== 'pv');
  return [
    {
      key: 'results',
      label: t('compare.results'),
      rows: [
        fig('npv', t('results.npv'), (r) => r.npv, money, 'money'),
        fig('roi', t('results.roi'), (r) => r.roi, pct(0), 'pp'),
        { ...fig('payback', t('results.payback'), (r) => r.paybackMonth, count, 'months'), values: each((r) => withReason(paybackShown(t, r))) },
        // An IRR that is not meaningful is shown as such and has no difference.
        { ...fig('irr', t('results.irr'), (r) => (r.irrMeaningful ? r.irr : null), count, 'pp'), values: each((r) => withReason(irrShown(t, r, loc))) },
        fig('pvBenefits', t('results.pvBenefits'), (r) => r.pvBenefits, money, 'money'),
        fig('pvCosts', t('results.pvCosts'), (r) => r.pvCosts, money, 'money'),
        fig('pvRevenue', t('compare.pvRevenue'), (r) => sumGroup(r, 'revenue'), money, 'money'),
        fig('pvSavings', t('compare.pvSavings'), (r) => sumGroup(r, 'saving'), money, 'money'),
      ],
    },
    {
      key: 'net',
      label: t('compare.netByYear'),
      rows: yearCols.map(({ c, i }) => fig(`net-${c}`, columnLabel(t, c), (r) => r.years.net[i], money, 'money')),
    },
    {
      key: 'inputs',
      label: t('compare.inputs'),
      rows: [
        fig('customers', t('kpis.customers'), (r) => r.kpis.before.customers, count, 'count'),
        fig('baseline', t('moments.baseline'), (r) => r.volume.baseline, count, 'count'),
        fig('assistedCost', t('costs.assistedCostPerContact'), (_, s) => s?.service.assistedCostPerContact, money2, 'money2'),
        fig('agentHour', t('costs.agentHourCost'), (_, s) => s?.service.agentHourCost, money2, 'money2'),
        fig('deflectedEnd', t('compare.deflectedEnd'), (r) => r.volume.deflected[r.horizon], count, 'count'),
        fig('aiEnd', t('compare.aiEnd'), (r) => r.volume.aiResolved[r.horizon], count, 'count'),
        fig('churnAfter', t('compare.churnAfter'), (r) => r.kpis.after.churn, pct(2), 'pp'),
        { key: 'revenueLines', label: t('compare.revenueLines'), values: each((_, s) => (s ? enabledCount(s.revenueLines) : '')) },
        { key: 'savingLines', label: t('compare.savingLines'), values: each((_, s) => (s ? enabledCount(s.savingLines) : '')) },
        { key: 'costLines', label: t('compare.costLines'), values: each((_, s) => (s ? enabledCount(s.costLines) : '')) },
        fig(
          'haircut',
          t('compare.avgHaircut'),
          (_, s) => {
            const ls = s ? [...s.revenueLines, ...s.savingLines].filter((l) => l.enabled) : [];
            return ls.length ? ls.reduce((a, l) => a + l.haircut, 0) / ls.length : null;
          },
          pct(1),
          'pp',
        ),
        fig('upFront', t('compare.upFront'), (r) => r.years.costs[0], money, 'money'),
      ],
    },
  ];
}

/** The differences column for one scenario against the base: the text shown and the raw figure. */
export function deltaCell(doc: Case, row: CompareRow, base: number, i: number, t: (k: string, o?: Record<string, unknown>) => string): { text: string; value: number | null } {
  if (!row.nums || !row.delta) return { text: '', value: null };
  const b = row.nums[base];
  const x = row.nums[i];
  return { text: formatDelta(doc, row.delta, b, x, t), value: delta(b, x) };
}

export function CompareStep(props: StepProps) {
  const { t } = useTranslation();
  const { doc, results } = props;
  const [baseId, setBaseId] = useState(doc.scenarios[0]?.id ?? '');
  const found = results.findIndex((r) => r.scenarioId === baseId);
  const base = found >= 0 ? found : 0;
  const baseResult = results[base];
  const baseName = baseResult?.scenarioName ?? '';
  const groups = buildGroups(doc, results, t);
  // The base first, then the others in the case's order, each followed by its difference.
  const order = [base, ...results.map((_, i) => i).filter((i) => i !== base)];
  const cols = order.length * 2;
  return (
    <section aria-labelledby="step-heading" className="compare">
      {results.length < 2 ? (
        <p className="warning" role="status" data-testid="compare-need-two">
          {t('compare.needTwo')}
        </p>
      ) : (
        <div className="compare-base">
          <label htmlFor="compare-base">{t('compareView.base')}</label>
          <select id="compare-base" value={baseResult?.scenarioId ?? ''} onChange={(e) => setBaseId(e.target.value)}>
            {results.map((r) => (
              <option key={r.scenarioId} value={r.scenarioId}>
                {r.scenarioName}
              </option>
            ))}
          </select>
          <p className="muted small">{t('compareView.legend', { name: baseName })}</p>
        </div>
      )}
      <ScrollTable label={t('compare.heading')} className="table compare-table" testId="compare-table">
        <thead>
          <tr>
            <th scope="col">{t('compare.figure')}</th>
            {order.map((i) => {
              const r = results[i];
              if (!r) return null;
              return i === base ? (
                <th key={r.scenarioId} scope="col" className="num base-col" data-scenario={r.scenarioId}>
                  {r.scenarioName} <span className="base-tag">({t('compareView.baseTag')})</span>
                </th>
              ) : (
                <ScenarioHeads key={r.scenarioId} id={r.scenarioId} name={r.scenarioName} base={baseName} />
              );
            })}
          </tr>
        </thead>
        {groups.map((g) => (
          <tbody key={g.key}>
            <tr className="row-group">
              <th scope="rowgroup" colSpan={cols}>
                {g.label}
              </th>
            </tr>
            {g.rows.map((row) => {
              const diff = differsFrom(row.values, base);
              return (
                <tr key={row.key} data-row={row.key}>
                  <th scope="row">{row.label}</th>
                  {order.map((i) => {
                    const r = results[i];
                    const v = row.values[i] ?? '';
                    const cell = (
                      <td key={r?.scenarioId ?? i} className={`num${diff[i] ? ' diff' : ''}${i === base ? ' base-col' : ''}`} data-scenario={r?.scenarioId}>
                        {v}
                        {diff[i] ? <span className="sr-only"> ({t('compare.differs', { name: baseName })})</span> : null}
                      </td>
                    );
                    if (i === base) return cell;
                    const d = deltaCell(doc, row, base, i, t);
                    return [
                      cell,
                      <td key={`${r?.scenarioId ?? i}-delta`} className="num delta" data-delta-for={r?.scenarioId} data-delta={d.value === null ? '' : String(d.value)}>
                        {d.text}
                      </td>,
                    ];
                  })}
                </tr>
              );
            })}
          </tbody>
        ))}
      </ScrollTable>
      {results.length >= 2 && baseResult ? (
        <>
          <OverlayCard doc={doc} results={results} base={base} />
          <ChangesCard doc={doc} results={results} base={base} />
        </>
      ) : null}
    </section>
  );
}

function ScenarioHeads(props: { id: string; name: string; base: string }) {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col" className="num" data-scenario={props.id}>
        {props.name}
      </th>
      <th scope="col" className="num delta" data-delta-for={props.id}>
        <span aria-hidden="true">{t('compareView.deltaHead', { name: props.base })}</span>
        <span className="sr-only">{t('compareView.deltaSr', { name: props.name, base: props.base })}</span>
      </th>
    </>
  );
}

function OverlayCard(props: { doc: Case; results: readonly ScenarioResult[]; base: number }) {
  const { t } = useTranslation();
  const { doc, results, base } = props;
  const title = t('compareView.overlayTitle');
  const baseName = results[base]?.scenarioName ?? '';
  const series = results.map((r, i) => ({ id: r.scenarioId, label: i === base ? `${r.scenarioName} (${t('compareView.baseTag')})` : r.scenarioName, data: r.cumulative, base: i === base }));
  const months = results[base]?.cumulative.map((_, m) => m) ?? [];
  const money = (x: number | undefined) => formatMoney(x, doc.currency, doc.locale);
  return (
    <ChartCard
      id="compare-overlay"
      title={title}
      description={t('compareView.overlayDesc', { name: baseName })}
      chart={<OverlayChart currency={doc.currency} locale={doc.locale} series={series} label={title} height={300} />}
      table={
        <>
          <thead>
            <tr>
              <th scope="col">{t('common.month')}</th>
              {series.map((s) => (
                <th key={s.id} scope="col" className="num" data-scenario={s.id}>
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {months.map((m) => (
              <tr key={m}>
                <th scope="row">{m}</th>
                {results.map((r) => (
                  <td key={r.scenarioId} className="num">
                    {money(r.cumulative[m])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}

function ChangesCard(props: { doc: Case; results: readonly ScenarioResult[]; base: number }) {
  const { t } = useTranslation();
  const { doc, results, base } = props;
  const baseResult = results[base];
  const baseScenario = doc.scenarios.find((s) => s.id === baseResult?.scenarioId);
  const baseName = baseResult?.scenarioName ?? '';
  const others = useMemo(
    () =>
      baseScenario
        ? doc.scenarios.filter((s) => s.id !== baseScenario.id).map((s) => ({ s, changes: diffScenarios(baseScenario, s).map((c) => changeWords(doc, c, t)) }))
        : [],
    [doc, baseScenario, t],
  );
  return (
    <section className="chart-card compare-changes" aria-labelledby="compare-changes-heading" data-testid="compare-changes">
      <header>
        <h3 id="compare-changes-heading">{t('compareView.changedHeading', { name: baseName })}</h3>
      </header>
      <p className="muted small">{t('compareView.changedNote')}</p>
      {others.map(({ s, changes }) => (
        <section key={s.id} className="compare-changes-scenario" data-scenario={s.id} aria-labelledby={`changes-${s.id}`}>
          <h4 id={`changes-${s.id}`}>
            {s.name} <span className="muted small">— {changes.length ? t('compareView.changes', { count: changes.length }) : t('compareView.noChanges', { name: baseName })}</span>
          </h4>
          {changes.length ? (
            <ul>
              {changes.map((c, i) => (
                <li key={i} data-testid="compare-change">
                  <span className="change-path">{c.path}</span>
                  {': '}
                  {c.note ? (
                    <span className="change-note">{c.note}</span>
                  ) : (
                    <span className="change-values">
                      {t('compareView.valueChange', { before: c.before, after: c.after })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ))}
    </section>
  );
}
