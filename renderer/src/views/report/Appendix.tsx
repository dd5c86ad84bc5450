/** Appendices: every assumption with its source (and the ones outside published ranges), and the method in words. */
import { citation, FIGURES, type Figure as BenchFigure } from '@shared/benchmarks/library';
import type { Scenario } from '@shared/case/schema';
import type { ScenarioResult } from '@shared/engine/compute';
import type { FlagPath } from '@shared/engine/flags';
import { flagSentence } from '../../format/figures';
import { formatMoney } from '../../format/numbers';
import { conventionParagraphs } from '../finance/conventions';
import { Section, Table, type Ctx } from './common';

/** The item a flag points at, in words: the moment's or line's name, or the case setting. */
export function flagWhere(ctx: Ctx, scenario: Scenario, path: FlagPath): string {
  const { t } = ctx;
  const at = (key: string) => {
    const i = path.indexOf(key);
    const n = path[i + 1];
    return i >= 0 && typeof n === 'number' ? n : null;
  };
  const m = at('moments');
  if (m !== null) return `${t('moments.name')}: ${scenario.moments[m]?.name ?? ''}`;
  const r = at('revenueLines');
  if (r !== null) return `${t('report.tables.line')}: ${scenario.revenueLines[r]?.label ?? ''}`;
  const s = at('savingLines');
  if (s !== null) return `${t('report.tables.line')}: ${scenario.savingLines[s]?.label ?? ''}`;
  if (path.includes('service')) return t('report.tables.service');
  if (path.includes('result')) return t('results.payback');
  if (path[0] === 'discountRate') return t('report.discountRate');
  return '—';
}

function figureValue(ctx: Ctx, f: BenchFigure): string {
  const one = (x: number) => {
    switch (f.unit) {
      case 'fraction':
        return ctx.f.pct(x, 1);
      case 'USD':
        return formatMoney(x, 'USD', ctx.locale, 2);
      case 'times':
        return `${ctx.f.num(x, 1)}×`;
      case 'month':
        return ctx.f.num(x, 1);
      default:
        return ctx.f.num(x, 2);
    }
  };
  const range = f.low !== null && f.high !== null ? `${one(f.low)} – ${one(f.high)}` : null;
  const suffix = f.unit === 'month' ? ` (${ctx.t('units.months')})` : f.unit === 'per month' ? ` ${ctx.t('units.perMonth')}` : '';
  return (range ?? one(f.value)) + suffix;
}

interface SourceRow {
  key: string;
  item: string;
  source: string;
}

export function AssumptionsSection({ ctx, scenario, result, n }: { ctx: Ctx; scenario: Scenario; result: ScenarioResult; n: string }) {
  const { t, f, doc, lang } = ctx;
  const inputs: [string, string][] = [
    [t('report.horizon'), `${f.num(doc.horizonMonths)} ${t('units.months')}`],
    [t('report.discountRate'), f.pct(doc.discountRate, 1)],
    [t('report.currency'), doc.currency],
    [t('report.scenario'), scenario.name],
  ];
  const none = t('report.tables.noSource');
  // Moments and the baseline volume are listed where a source was recorded (a ticket export's file, period and count).
  const sourced = (x: string) => x.trim() !== '';
  const sources: SourceRow[] = [
    ...(sourced(scenario.service.volumeSource) ? [{ key: 'baseline-volume', item: t('moments.baseline'), source: scenario.service.volumeSource.trim() }] : []),
    ...scenario.moments.filter((m) => sourced(m.source)).map((m) => ({ key: m.id, item: m.name, source: m.source.trim() })),
    ...scenario.revenueLines.map((l) => ({ key: l.id, item: l.label, source: l.source.trim() || none })),
    ...scenario.savingLines.map((l) => ({ key: l.id, item: l.label, source: l.source.trim() || none })),
    ...scenario.costLines.map((l) => ({ key: l.id, item: l.label, source: l.source.trim() || none })),
    ...scenario.metrics.map((m) => ({ key: `metric-${m.metric}`, item: t(`benchmarks.metrics.${m.metric}`), source: m.source.trim() || none })),
  ];
  return (
    <Section id="assumptions" n={n} title={t('report.sections.assumptions')} className="report-appendix">
      <Table
        caption={t('report.tables.inputs')}
        className="report-table-kv"
        rows={inputs}
        rowKey={(r) => r[0]}
        columns={[
          { head: t('report.tables.figure'), cell: (r) => r[0], className: 'name' },
          { head: t('report.tables.value'), cell: (r) => r[1], num: true },
        ]}
      />
      <h3 className="report-h3">{t('report.tables.flagged')}</h3>
      {result.flags.length === 0 ? (
        <p>{t('results.noFlags')}</p>
      ) : (
        <Table
          rows={result.flags}
          rowKey={(_, i) => String(i)}
          columns={[
            { head: t('report.tables.where'), cell: (fl) => flagWhere(ctx, scenario, fl.path), className: 'name' },
            { head: t('report.tables.assumption'), cell: (fl) => flagSentence(t, fl, { lang, locale: ctx.locale, currency: doc.currency, withSubject: false }) },
          ]}
        />
      )}
      {/* A scenario with no lines and no metrics has no sources to list: no empty table. */}
      {sources.length > 0 ? (
        <Table
          caption={t('report.tables.lineSources')}
          rows={sources}
          rowKey={(r) => r.key}
          columns={[
            { head: t('report.tables.line'), cell: (r) => r.item, className: 'name' },
            { head: t('report.tables.source'), cell: (r) => (r.source === none ? <span className="report-muted">{none}</span> : r.source) },
          ]}
        />
      ) : null}
      <Table
        caption={t('report.tables.library')}
        rows={[...FIGURES]}
        rowKey={(x) => x.id}
        columns={[
          { head: t('report.tables.figure'), cell: (x) => x.label[lang], className: 'name' },
          { head: t('report.tables.value'), cell: (x) => figureValue(ctx, x), num: true },
          { head: t('report.tables.source'), cell: (x) => citation(x, lang) },
        ]}
      />
    </Section>
  );
}

const METHOD_PARAGRAPHS = ['intro', 'time', 'ramp', 'risk', 'volume', 'deflection', 'handling', 'retention', 'growth', 'outputs', 'signs', 'kpis'] as const;

export function MethodSection({ ctx, n }: { ctx: Ctx; n: string }) {
  // The method's fixed paragraphs, then the conventions this case uses (Model v2).
  const texts = [...METHOD_PARAGRAPHS.map((k) => ctx.t(`report.method.${k}`)), ...conventionParagraphs(ctx.t, ctx.f.pct, ctx.doc)];
  return (
    <Section id="method" n={n} title={ctx.t('report.sections.method')} className="report-appendix">
      {texts.map((text, k) => {
        // "Ramp: every benefit line…" — the topic before the first colon leads in bold.
        const i = text.indexOf(': ');
        return (
          <p key={k} className="report-method">
            {i > 0 && i < 60 ? (
              <>
                <strong>{text.slice(0, i)}</strong>
                {text.slice(i)}
              </>
            ) : (
              text
            )}
          </p>
        );
      })}
    </Section>
  );
}
