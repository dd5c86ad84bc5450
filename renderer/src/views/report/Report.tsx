/**
 * The report: the one view both the on-screen preview (Report step) and the PDF printers show.
 * Props only — no app state — so print mode can mount it from a case alone. Text and numbers follow
 * `lang` (numbers in the case's currency); only the paper size follows the case's locale.
 */
import './report.css';
import type { Case } from '@shared/case/schema';
import type { Language } from '@shared/contract/api';
import type { ScenarioResult } from '@shared/engine/compute';
import { CumulativeChart } from '../../charts/CumulativeChart';
import { irrShown, paybackShown } from '../../format/figures';
import { AssumptionsSection, MethodSection } from './Appendix';
import { fmtFor, Figure, reportT, Section, type Ctx } from './common';
import { CashflowSection, CompareSection, KpiSection } from './FinanceSections';
import { reportLocale } from './locale';
import { buildNarrative } from './narrative';
import { DecisionSection } from './Decision';
import type { ReportRisk } from './risk';
import { RiskSection } from './RiskSection';
import { reportSections, sectionNumbers, type ReportSection, type ScenarioScope } from './sections';
import { BenchmarksSection, CostsSection, MomentsSection, RevenueSection, SegmentsSection } from './StepSections';

export interface ReportProps {
  doc: Case;
  /** The engine's results for every scenario of `doc`, in order. */
  results: ScenarioResult[];
  /** The scenario the report is about. */
  scenarioIndex: number;
  /** Every scenario (with the comparison and the downside case) or only the one the report is about. */
  scenarios: ScenarioScope;
  lang: Language;
  /** When the report is printed (ISO), shown on the cover. */
  date: string;
  /**
   * The risk analysis of the scenario (`reportRisk`): the printers run it and the report gets a risk
   * page and the downside (P10) on the decision page; the on-screen preview passes none.
   */
  risk?: ReportRisk | null;
}


function makeCtx(doc: Case, lang: Language): Ctx {
  // Figures are numbered in the order they are first asked for, which is document order.
  const numbers = new Map<string, number>();
  return {
    doc,
    lang,
    locale: reportLocale(lang, doc.locale),
    t: reportT(lang),
    f: fmtFor(doc, lang),
    fig: (id) => {
      let n = numbers.get(id);
      if (n === undefined) {
        n = numbers.size + 1;
        numbers.set(id, n);
      }
      return n;
    },
  };
}

/** The cover's date: day, month in words and year, in the report's locale ("23 novembre 2026"). */
export function coverDate(iso: string, locale: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '—' : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(d);
}

function Cover({ ctx, scenarioName, date, sections, number }: { ctx: Ctx; scenarioName: string; date: string; sections: readonly ReportSection[]; number: (s: ReportSection) => string }) {
  const { t, doc } = ctx;
  const rows: [string, string][] = [
    [t('report.client'), doc.client || '—'],
    [t('report.author'), doc.author || '—'],
    [t('report.date'), coverDate(date, ctx.locale)],
    [t('report.scenario'), scenarioName],
    [t('report.horizon'), `${ctx.f.num(doc.horizonMonths)} ${t('units.months')}`],
  ];
  return (
    <section className="report-cover" data-section="cover">
      <p className="report-kicker">{t('report.kicker')}</p>
      <h1 className="report-title">{doc.name}</h1>
      <p className="report-subtitle">{t('report.subtitle')}</p>
      <dl className="report-cover-meta">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <nav className="report-contents" aria-label={t('report.contents')}>
        <h2 className="report-h3">{t('report.contents')}</h2>
        <ol>
          {sections.map((s) => (
            <li key={s}>
              <span className="report-sec-n">{number(s)}</span> {t(`report.sections.${s}`)}
            </li>
          ))}
        </ol>
      </nav>
    </section>
  );
}

function Summary({ ctx, result, n }: { ctx: Ctx; result: ScenarioResult; n: string }) {
  const { t, f, doc, lang } = ctx;
  const tiles = [
    { key: 'npv', label: t('results.npv'), shown: { value: f.money(result.npv), reason: null }, negative: result.npv < 0 },
    { key: 'roi', label: t('results.roi'), shown: { value: f.pct(result.roi, 0), reason: null }, negative: (result.roi ?? 0) < 0 },
    { key: 'payback', label: t('results.payback'), shown: paybackShown(t, result), negative: result.paybackNote === 'notWithinHorizon' },
    { key: 'irr', label: t('results.irr'), shown: irrShown(t, result, ctx.locale), negative: (result.irr ?? 0) < 0 },
  ];
  return (
    <Section id="summary" n={n} title={t('report.sections.summary')}>
      <dl className="report-tiles" data-testid="report-tiles">
        {tiles.map((x) => (
          <div key={x.key} className={`report-tile${x.negative ? ' report-tile-negative' : ''}`} data-kpi={x.key}>
            <dt>{x.label}</dt>
            <dd>
              {x.shown.value}
              {x.shown.reason ? <span className="report-tile-reason">{x.shown.reason}</span> : null}
            </dd>
          </div>
        ))}
      </dl>
      <p className="report-note">
        {t('results.pvBenefits')}: <strong>{f.money(result.pvBenefits)}</strong> · {t('results.pvCosts')}: <strong>{f.money(result.pvCosts)}</strong>
      </p>
      <h3 className="report-h3">{t('report.summary.narrative')}</h3>
      <div className="report-narrative">
        {buildNarrative({ doc, result, lang }).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <Figure ctx={ctx} id="cumulative" title={t('results.cumulative')}>
        <CumulativeChart currency={doc.currency} locale={ctx.locale} result={result} label={t('results.cumulative')} breakEvenLabel={t('results.breakEven')} height={210} />
      </Figure>
    </Section>
  );
}

export function Report(props: ReportProps) {
  const { doc, results, lang } = props;
  const si = Math.min(Math.max(0, props.scenarioIndex), doc.scenarios.length - 1);
  const scenario = doc.scenarios[si];
  const result = results[si];
  if (!scenario || !result) return null;
  const ctx = makeCtx(doc, lang);
  // The scenarios this report covers: the comparison and the downside case need two or more.
  const compared = props.scenarios === 'all' ? results : [result];
  const risk = props.risk ?? null;
  const sections = reportSections(compared.length, risk !== null);
  const numbers = sectionNumbers(sections);
  const number = (s: ReportSection) => {
    const x = numbers.get(s);
    return !x ? '' : x.appendix ? ctx.t('report.appendix', { n: x.n }) : x.n;
  };
  const step = { ctx, scenario, result };
  return (
    <article className="report" lang={lang} data-testid="report" data-paper={doc.locale === 'en-US' ? 'letter' : 'a4'}>
      <Cover ctx={ctx} scenarioName={scenario.name} date={props.date} sections={sections} number={number} />
      <DecisionSection ctx={ctx} result={result} compared={compared} risk={risk} n={number('decision')} />
      <Summary ctx={ctx} result={result} n={number('summary')} />
      <SegmentsSection {...step} n={number('segments')} />
      <MomentsSection {...step} n={number('moments')} />
      <BenchmarksSection {...step} n={number('benchmarks')} />
      <RevenueSection {...step} n={number('revenue')} />
      <CostsSection {...step} n={number('costs')} />
      <CashflowSection ctx={ctx} result={result} n={number('cashflow')} />
      {sections.includes('compare') ? <CompareSection ctx={ctx} results={compared} base={si} n={number('compare')} /> : null}
      <KpiSection ctx={ctx} result={result} n={number('kpis')} />
      {risk ? <RiskSection ctx={ctx} risk={risk} baseNpv={result.npv} n={number('risk')} /> : null}
      <AssumptionsSection ctx={ctx} scenario={scenario} result={result} n={number('assumptions')} />
      <MethodSection ctx={ctx} n={number('method')} />
    </article>
  );
}
