/**
 * The decision page, for a CFO who reads one page: the recommendation, the funding ask (how much,
 * when, payback, NPV, IRR) beside the downside case when several scenarios are exported, the
 * benefits split into hard savings and revenue-based benefits before and after their haircut, and
 * each credibility flag once. Every figure comes from the engine (shared/engine).
 */
import type { ScenarioResult } from '@shared/engine/compute';
import { breakdown, type Adjusted } from '@shared/engine/breakdown';
import type { CredibilityFlag } from '@shared/engine/flags';
import { downsideIndex, fundingAsk } from '@shared/engine/funding';
import { flagSentence, irrShown, paybackShown, withReason } from '../../format/figures';
import { Section, Table, type Ctx } from './common';
import type { ReportRisk } from './risk';

interface Props {
  ctx: Ctx;
  result: ScenarioResult;
  /** The scenarios the report covers (the one on screen only, or every scenario). */
  compared: readonly ScenarioResult[];
  /** The Monte Carlo of this scenario, when the report was printed with one: its P10 is stated beside the base NPV. */
  risk?: ReportRisk | null;
  n: string;
}

function Recommendation({ ctx, result, downside, risk }: { ctx: Ctx; result: ScenarioResult; downside: ScenarioResult | null; risk: ReportRisk | null }) {
  const { t, f, doc } = ctx;
  const vars = { scenario: result.scenarioName, npv: f.money(result.npv), months: f.num(doc.horizonMonths), payback: f.num(result.paybackMonth) };
  const key = result.npv > 0 ? (result.paybackMonth !== null ? 'reportPdf.recommendInvest' : 'reportPdf.recommendInvestSlow') : 'reportPdf.recommendHold';
  const down = downside && downside.scenarioId !== result.scenarioId ? downside : null;
  return (
    <div className="report-recommendation" data-testid="recommendation">
      <p>
        <strong>{t('reportPdf.recommendation')}</strong> {t(key, vars)}
      </p>
      {down ? <p>{t(down.npv > 0 ? 'reportPdf.downsidePositive' : 'reportPdf.downsideNegative', { name: down.scenarioName, npv: f.money(down.npv) })}</p> : null}
      {downside && !down ? <p>{t('reportPdf.downsideIsThis')}</p> : null}
      {risk ? (
        <p data-testid="risk-downside">
          {t('risk.report.downside', { npv: f.money(result.npv), p10: f.money(risk.analysis.npv.p10), trials: f.num(risk.analysis.trials), p: f.pct(risk.analysis.probabilityPositive, 0) })}
        </p>
      ) : null}
    </div>
  );
}

interface AskRow {
  key: string;
  label: string;
  cell: (r: ScenarioResult) => string;
}

/** The engine's discounted payback month, with the same reasons as the payback when there is none. */
function discountedPayback(r: ScenarioResult): Pick<ScenarioResult, 'paybackMonth' | 'paybackNote'> {
  const m = r.discountedPaybackMonth;
  return { paybackMonth: m, paybackNote: m !== null ? null : r.paybackNote === 'noCosts' ? 'noCosts' : 'notWithinHorizon' };
}

function askRows(ctx: Ctx): AskRow[] {
  const { t, f, doc } = ctx;
  const rows: AskRow[] = [
    { key: 'total', label: t('reportPdf.askTotal'), cell: (r) => f.money(fundingAsk(r).total) },
    { key: 'upfront', label: t('reportPdf.askUpfront'), cell: (r) => f.money(fundingAsk(r).upfront) },
    { key: 'firstYear', label: t('reportPdf.askFirstYear'), cell: (r) => f.money(fundingAsk(r).firstYear) },
  ];
  if (doc.horizonMonths > 12) rows.push({ key: 'later', label: t('reportPdf.askLater'), cell: (r) => f.money(fundingAsk(r).later) });
  rows.push(
    { key: 'pvc', label: t('results.pvCosts'), cell: (r) => f.money(r.pvCosts) },
    { key: 'payback', label: t('results.payback'), cell: (r) => withReason(paybackShown(t, r)) },
    { key: 'dpayback', label: t('reportPdf.askDiscountedPayback'), cell: (r) => withReason(paybackShown(t, discountedPayback(r))) },
    { key: 'peak', label: t('reportPdf.askPeakFunding'), cell: (r) => f.money(r.peakFunding) },
    { key: 'npv', label: t('results.npv'), cell: (r) => f.money(r.npv) },
    { key: 'irr', label: t('results.irr'), cell: (r) => withReason(irrShown(t, r, ctx.locale)) },
  );
  return rows;
}

function FundingAsk({ ctx, result, downside }: { ctx: Ctx; result: ScenarioResult; downside: ScenarioResult | null }) {
  const { t } = ctx;
  const shown = downside && downside.scenarioId !== result.scenarioId ? [result, downside] : [result];
  return (
    <Table
      caption={t('reportPdf.fundingAsk')}
      rows={askRows(ctx)}
      rowKey={(r) => r.key}
      columns={[
        { head: t('report.tables.figure'), cell: (r) => r.label, className: 'name' },
        ...shown.map((s, i) => ({ head: i === 0 ? s.scenarioName : t('reportPdf.downsideHead', { name: s.scenarioName }), cell: (r: AskRow) => r.cell(s), num: true })),
      ]}
    />
  );
}

function Benefits({ ctx, result }: { ctx: Ctx; result: ScenarioResult }) {
  const { t, f } = ctx;
  const b = breakdown(result);
  const rows: { key: string; label: string; a: Adjusted; strong?: boolean }[] = [
    { key: 'savings', label: t('reportPdf.hardSavings'), a: b.savings },
    { key: 'revenue', label: t('reportPdf.revenueBenefits'), a: b.revenue },
    { key: 'benefits', label: t('results.benefits'), a: b.benefits, strong: true },
    { key: 'costs', label: t('results.costs'), a: b.costs, strong: true },
  ];
  return (
    <Table
      caption={t('reportPdf.benefitsCaption')}
      rows={rows}
      rowKey={(r) => r.key}
      columns={[
        { head: t('report.tables.figure'), cell: (r) => (r.strong ? <strong>{r.label}</strong> : r.label), className: 'name' },
        { head: t('reportPdf.unadjustedPv'), cell: (r) => f.money(r.a.unadjusted.pv), num: true },
        { head: t('reportPdf.adjustedPv'), cell: (r) => f.money(r.a.riskAdjusted.pv), num: true },
      ]}
    />
  );
}

export interface FlagGroup {
  /** The flag that departs most from its published range; the sentence names it. */
  worst: CredibilityFlag;
  /** How many other assumptions carry the same flag. */
  more: number;
  scenarios: string[];
}

/**
 * Each flag once: one line per published figure and direction (deflection rate above its range…),
 * naming the assumption that departs most and how many more do, and in which scenarios. The
 * Assumptions appendix lists every one.
 */
export function distinctFlags(results: readonly ScenarioResult[]): FlagGroup[] {
  const groups = new Map<string, FlagGroup & { keys: Set<string> }>();
  for (const r of results)
    for (const flag of r.flags) {
      const key = `${flag.figureId}|${flag.direction}`;
      const item = flag.path.join('.');
      const g = groups.get(key);
      if (!g) {
        groups.set(key, { worst: flag, more: 0, scenarios: [r.scenarioName], keys: new Set([item]) });
        continue;
      }
      if (!g.scenarios.includes(r.scenarioName)) g.scenarios.push(r.scenarioName);
      if (!g.keys.has(item)) {
        g.keys.add(item);
        g.more = g.keys.size - 1;
      }
      const further = flag.direction === 'below' ? flag.value < g.worst.value : flag.value > g.worst.value;
      if (further) g.worst = flag;
    }
  return [...groups.values()].map(({ worst, more, scenarios }) => ({ worst, more, scenarios }));
}

function Flags({ ctx, compared }: { ctx: Ctx; compared: readonly ScenarioResult[] }) {
  const { t, lang, doc } = ctx;
  const flags = distinctFlags(compared);
  return (
    <>
      <h3 className="report-h3">{t('results.flags')}</h3>
      {flags.length === 0 ? (
        <p>{t('results.noFlags')}</p>
      ) : (
        <ul className="report-flags" data-testid="decision-flags">
          {flags.map((x, i) => (
            <li key={i}>
              {flagSentence(t, x.worst, { lang, locale: ctx.locale, currency: doc.currency })}
              {x.more > 0 ? ` ${t('reportPdf.flagMore', { count: x.more })}` : null}
              {compared.length > 1 ? <span className="report-muted"> ({x.scenarios.join(', ')})</span> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function DecisionSection({ ctx, result, compared, risk, n }: Props) {
  const i = downsideIndex(compared);
  const downside = i === null ? null : (compared[i] ?? null);
  return (
    <Section id="decision" n={n} title={ctx.t('report.sections.decision')}>
      <Recommendation ctx={ctx} result={result} downside={downside} risk={risk ?? null} />
      <FundingAsk ctx={ctx} result={result} downside={downside} />
      <Benefits ctx={ctx} result={result} />
      <p className="report-note">{ctx.t('reportPdf.benefitsNote')}</p>
      <Flags ctx={ctx} compared={compared} />
    </Section>
  );
}
