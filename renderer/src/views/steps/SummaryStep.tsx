/**
 * The summary: the case at a glance, every figure from the engine result. Each chart has a table
 * alternative; the KPI and TEI cash-flow tables close the page.
 */
import { useTranslation } from 'react-i18next';
import type { Case } from '@shared/case/schema';
import type { ScenarioResult } from '@shared/engine/compute';
import { BarChart } from '../../charts/BarChart';
import { ChartCard } from '../../charts/ChartCard';
import { CumulativeChart } from '../../charts/CumulativeChart';
import { levelColor } from '../../charts/setup';
import { WaterfallChart, type WaterfallStep } from '../../charts/WaterfallChart';
import { formatMoney, formatMoneyCompact, formatNumber, formatPercent, MISSING } from '../../format/numbers';
import { dipsSentence, irrShown, paybackShown } from '../../format/figures';
import { monthLabel } from '../../format/calendar';
import { FinanceTiles } from '../finance/FinanceTiles';
import { YearBasisField } from '../finance/FinanceSettings';
import { TileValue } from '../ResultsPanel';
import { formatMetric, formatMetricDelta, metricsWithGaps } from './benchmarkGaps';
import type { StepProps } from './step-props';
import { columnLabel, KpiTable, YearTable } from './SummaryTables';

export function SummaryStep(props: StepProps) {
  const { t } = useTranslation();
  const { doc, si, result } = props;
  const s = doc.scenarios[si];
  if (!s) return null;
  return (
    <section aria-labelledby="step-heading" className="summary">
      <HeadlineTiles doc={doc} result={result} />
      <FinanceTiles doc={doc} result={result} />
      <CashflowCard doc={doc} result={result} />
      <div className="chart-grid">
        <BenefitsByYearCard doc={doc} result={result} />
        <WaterfallCard doc={doc} result={result} />
      </div>
      <GapsCard doc={doc} si={si} result={result} />
      <KpiTable doc={doc} result={result} />
      <YearTable doc={doc} result={result} controls={<YearBasisField doc={doc} />} />
      <p className="muted small">{t('summary.riskNote')}</p>
    </section>
  );
}

function HeadlineTiles({ doc, result }: { doc: Case; result: ScenarioResult }) {
  const { t } = useTranslation();
  const money = (x: number) => formatMoney(x, doc.currency, doc.locale);
  const items = [
    { k: 'npv', label: t('results.npv'), v: money(result.npv), neg: result.npv < 0 },
    { k: 'roi', label: t('results.roi'), v: formatPercent(result.roi, doc.locale, 0), neg: (result.roi ?? 0) < 0 },
    { k: 'payback', label: t('results.payback'), v: <TileValue shown={paybackShown(t, result)} />, neg: result.paybackNote === 'notWithinHorizon' },
    { k: 'irr', label: t('results.irr'), v: <TileValue shown={irrShown(t, result, doc.locale)} />, neg: (result.irr ?? 0) < 0 },
    { k: 'pvBenefits', label: t('results.pvBenefits'), v: money(result.pvBenefits), neg: false },
    { k: 'pvCosts', label: t('results.pvCosts'), v: money(result.pvCosts), neg: false },
  ];
  return (
    <dl className="tiles summary-tiles" data-testid="summary-tiles">
      {items.map((x) => (
        <div key={x.k} className={`tile${x.neg ? ' tile-negative' : ''}`}>
          <dt>{x.label}</dt>
          <dd>{x.v}</dd>
        </div>
      ))}
    </dl>
  );
}

function CashflowCard({ doc, result }: { doc: Case; result: ScenarioResult }) {
  const { t } = useTranslation();
  const money = (x: number) => formatMoney(x, doc.currency, doc.locale);
  return (
    <ChartCard
      id="cashflow"
      title={t('summary.cashflow')}
      description={[
        result.paybackMonth !== null ? t('finance.breakEvenIn', { month: monthLabel(t, result.startMonth, result.paybackMonth) }) : result.paybackNote === 'noCosts' ? t('trust.summaryNoCosts') : t('summary.noBreakEven'),
        dipsSentence(t, result),
      ]
        .filter(Boolean)
        .join(' ')}
      chart={<CumulativeChart currency={doc.currency} locale={doc.locale} result={result} label={t('results.cumulative')} breakEvenLabel={t('results.breakEven')} height={300} monthLabel={(m) => monthLabel(t, result.startMonth, m)} />}
      table={
        <>
          <thead>
            <tr>
              <th scope="col">{t('common.month')}</th>
              <th scope="col" className="num">{t('results.benefits')}</th>
              <th scope="col" className="num">{t('results.costs')}</th>
              <th scope="col" className="num">{t('results.net')}</th>
              <th scope="col" className="num">{t('summary.cumulativeNet')}</th>
            </tr>
          </thead>
          <tbody>
            {result.months.map((r) => (
              <tr key={r.month} className={r.month === result.paybackMonth ? 'row-highlight' : undefined}>
                <th scope="row">
                  {monthLabel(t, result.startMonth, r.month)}
                  {r.month === result.paybackMonth ? <span className="pill pill-protected inline-pill">{t('results.breakEven')}</span> : null}
                </th>
                <td className="num">{money(r.benefits)}</td>
                <td className="num">{money(r.costs)}</td>
                <td className="num">{money(r.net)}</td>
                <td className={`num${r.cumulative < 0 ? ' negative' : ''}`}>{money(r.cumulative)}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}

function BenefitsByYearCard({ doc, result }: { doc: Case; result: ScenarioResult }) {
  const { t } = useTranslation();
  const cols = result.years.columns;
  const yearIdx = cols.flatMap((c, i) => (/^y\d+$/.test(c) ? [i] : []));
  const totalIdx = cols.indexOf('total');
  const benefitLines = result.years.lines.filter((l) => l.group !== 'cost');
  const money = (x: number | undefined) => formatMoney(x, doc.currency, doc.locale);
  return (
    <ChartCard
      id="benefits-by-year"
      title={t('summary.byLineYear')}
      chart={
        benefitLines.length === 0 ? (
          <p className="empty">{t('summary.noBenefits')}</p>
        ) : (
          <BarChart
            label={t('summary.byLineYear')}
            labels={yearIdx.map((i) => columnLabel(t, cols[i] ?? ''))}
            series={benefitLines.map((l) => ({ label: l.label, data: yearIdx.map((i) => l.values[i] ?? 0) }))}
            format={(v) => formatMoneyCompact(v, doc.currency, doc.locale)}
            stacked
            legend
            height={320}
          />
        )
      }
      table={
        <>
          <thead>
            <tr>
              <th scope="col">{t('summary.line')}</th>
              {[...yearIdx, totalIdx].map((i) => (
                <th key={i} scope="col" className="num">
                  {columnLabel(t, cols[i] ?? '')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {benefitLines.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.label}</th>
                {[...yearIdx, totalIdx].map((i) => (
                  <td key={i} className="num">
                    {money(l.values[i])}
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

function WaterfallCard({ doc, result }: { doc: Case; result: ScenarioResult }) {
  const { t } = useTranslation();
  const pvIdx = result.years.columns.indexOf('pv');
  const steps: WaterfallStep[] = [
    ...result.years.lines.filter((l) => l.group !== 'cost').map((l): WaterfallStep => ({ label: l.label, value: l.values[pvIdx] ?? 0, kind: 'step' })),
    { label: t('summary.totalBenefits'), value: result.pvBenefits, kind: 'total' },
    { label: t('summary.minusCosts'), value: -result.pvCosts, kind: 'step' },
    { label: t('results.npv'), value: result.npv, kind: 'total' },
  ];
  const money = (x: number) => formatMoney(x, doc.currency, doc.locale);
  return (
    <ChartCard
      id="waterfall"
      title={t('summary.waterfall')}
      description={t('summary.waterfallNote')}
      chart={<WaterfallChart label={t('summary.waterfall')} steps={steps} format={(v) => formatMoneyCompact(v, doc.currency, doc.locale)} />}
      table={
        <>
          <thead>
            <tr>
              <th scope="col">{t('summary.line')}</th>
              <th scope="col" className="num">{t('summary.pv')}</th>
            </tr>
          </thead>
          <tbody>
            {steps.map((x, i) => (
              <tr key={i} className={x.kind === 'total' ? 'row-total' : undefined}>
                <th scope="row">{x.label}</th>
                <td className={`num${x.value < 0 ? ' negative' : ''}`}>{money(x.value)}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}

function GapsCard({ doc, si, result }: { doc: Case; si: number; result: ScenarioResult }) {
  const { t } = useTranslation();
  const s = doc.scenarios[si];
  if (!s) return null;
  const loc = doc.locale;
  const gaps = metricsWithGaps(s, result);
  const pp = t('units.pp');
  return (
    <ChartCard
      id="gaps"
      title={t('summary.gaps')}
      description={t('summary.gapsNote')}
      chart={
        gaps.length === 0 ? (
          <p className="empty">{t('benchmarks.noMetrics')}</p>
        ) : (
          <BarChart
            label={t('summary.gaps')}
            labels={gaps.map(({ m }) => t(`benchmarks.metrics.${m.metric}`))}
            series={[
              {
                label: t('summary.level'),
                data: gaps.map(({ gap }) => (gap.levelToBest === null ? null : gap.levelToBest * 100)),
                colors: gaps.map(({ gap }) => levelColor(gap.levelToBest)),
              },
            ]}
            format={(v) => `${formatNumber(v, loc, Number.isInteger(v) ? 0 : 1)}%`}
            horizontal
            legend={false}
            height={60 + gaps.length * 34}
          />
        )
      }
      table={
        <>
          <thead>
            <tr>
              <th scope="col">{t('benchmarks.metric')}</th>
              <th scope="col" className="num">{t('benchmarks.ours')}</th>
              <th scope="col">{t('summary.bestCompetitor')}</th>
              <th scope="col" className="num">{t('benchmarks.gap')}</th>
              <th scope="col" className="num">{t('summary.level')}</th>
              <th scope="col" className="num">{t('benchmarks.target')}</th>
              <th scope="col" className="num">{t('summary.gapToTarget')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map(({ m, gap }) => (
              <tr key={m.metric}>
                <th scope="row">{t(`benchmarks.metrics.${m.metric}`)}</th>
                <td className="num">{formatMetric(m.metric, m.ours, loc)}</td>
                <td>{gap.best ? `${gap.best.name} (${formatMetric(m.metric, gap.best.value, loc)})` : MISSING}</td>
                <td className="num">{formatMetricDelta(m.metric, gap.gapToBest, loc, pp)}</td>
                <td className="num">{formatPercent(gap.levelToBest, loc, 0)}</td>
                <td className="num">{formatMetric(m.metric, m.target, loc)}</td>
                <td className="num">{formatMetricDelta(m.metric, gap.gapToTarget, loc, pp)}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}
