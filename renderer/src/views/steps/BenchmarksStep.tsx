/** Step 3: competitor benchmarks — competitors, the metrics table, gaps to the best and a chart. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newCompetitor } from '../../../../shared/case/factory';
import { METRICS, type Case, type MetricKey } from '../../../../shared/case/schema';
import { BenchmarkBars } from '../../charts/BenchmarkBars';
import { ChartCard } from '../../charts/ChartCard';
import { NumberField, TextField } from '../../components/fields';
import { pathKey } from '../../state/paths';
import { useStore } from '../../state/store';
import { formatMetric, formatMetricDelta, isPercentMetric, lowerIsBetter, metricGap } from './benchmarkGaps';
import { addCompetitor, newMetricRow, removeCompetitor, setCompetitorValue } from './benchmarkEdits';
import { ScrollTable, StepSection, ValueInput } from './common';
import type { StepProps } from './step-props';

/** The metric's name with its unit, e.g. "First response time (hours)". */
function useMetricLabel() {
  const { t } = useTranslation();
  return (m: MetricKey) => `${t(`benchmarks.metrics.${m}`)} (${t(`benchmarks.units.${m}`)})`;
}

export function BenchmarksStep(props: StepProps) {
  const { t } = useTranslation();
  const { doc, si } = props;
  const change = useStore((st) => st.change);
  const requestFocus = useStore((st) => st.requestFocus);
  const metricLabel = useMetricLabel();
  const s = doc.scenarios[si];
  const missing = METRICS.filter((m) => !s?.metrics.some((x) => x.metric === m));
  const [toAdd, setToAdd] = useState<MetricKey | ''>('');
  if (!s) return null;
  const loc = doc.locale;
  const pick = toAdd !== '' && missing.includes(toAdd) ? toAdd : missing[0];

  const onAddCompetitor = () => {
    const at = s?.competitors.length ?? 0;
    const r = change((d) => {
      const sc = d.scenarios[si];
      if (!sc) return d;
      addCompetitor(sc, newCompetitor(`${t('benchmarks.competitor')} ${sc.competitors.length + 1}`));
      return d;
    });
    // The new competitor comes into view with its name ready to type.
    if (r.ok) requestFocus(pathKey(['scenarios', si, 'competitors', at, 'name']));
    return r;
  };

  /** Removes the competitor and its value in every metric, in one undoable step (the case stays valid). */
  const deleteCompetitor = (id: string) =>
    change((d) => {
      const sc = d.scenarios[si];
      if (sc) removeCompetitor(sc, id);
      return d;
    });

  const moveCompetitor = (i: number, j: number) =>
    change((d) => {
      const xs = d.scenarios[si]?.competitors;
      const a = xs?.[i];
      const b = xs?.[j];
      if (!xs || !a || !b) return d;
      xs[i] = b;
      xs[j] = a;
      return d;
    });

  const addMetric = (metric: MetricKey) =>
    change((d) => {
      const sc = d.scenarios[si];
      if (sc) sc.metrics.push(newMetricRow(sc, metric));
      return d;
    });

  const removeMetric = (mi: number) =>
    change((d) => {
      const sc = d.scenarios[si];
      if (sc) sc.metrics = sc.metrics.filter((_, i) => i !== mi);
      return d;
    });

  const setValue = (mi: number, competitorId: string, value: number | null) =>
    change((d) => {
      const m = d.scenarios[si]?.metrics[mi];
      if (m) setCompetitorValue(m, competitorId, value);
      return d;
    }, `metric.${si}.${mi}.${competitorId}`);

  return (
    <section aria-labelledby="step-heading" className="benchmarks">
      <StepSection id="competitors" title={t('benchmarks.competitorsHeading')}>
        <div className="step-toolbar">
          <button type="button" className="btn" onClick={onAddCompetitor}>
            + {t('benchmarks.addCompetitor')}
          </button>
        </div>
        {s.competitors.length === 0 ? <p className="empty">{t('benchmarks.empty')}</p> : null}
        <ul className="competitor-list">
          {s.competitors.map((c, ci) => (
            <li key={c.id} className="competitor-row card" data-testid="competitor-row">
              <TextField path={['scenarios', si, 'competitors', ci, 'name']} value={c.name} label={t('benchmarks.competitor')} className="competitor-name" />
              <TextField path={['scenarios', si, 'competitors', ci, 'notes']} value={c.notes} label={t('common.notes')} className="grow" />
              <div className="row-actions">
                <button type="button" className="icon-btn" aria-label={`${t('common.moveUp')}: ${c.name}`} disabled={ci === 0} onClick={() => moveCompetitor(ci, ci - 1)}>
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={`${t('common.moveDown')}: ${c.name}`}
                  disabled={ci === s.competitors.length - 1}
                  onClick={() => moveCompetitor(ci, ci + 1)}
                >
                  ↓
                </button>
                <button type="button" className="icon-btn danger" aria-label={`${t('common.delete')}: ${c.name}`} onClick={() => deleteCompetitor(c.id)}>
                  ✕
                </button>
              </div>
            </li>
          ))}
        </ul>
      </StepSection>

      <StepSection id="metrics" title={t('benchmarks.metricsHeading')}>
        <p className="muted small">{t('benchmarks.direction')}</p>
        <div className="step-toolbar">
          {missing.length > 0 && pick ? (
            <div className="inline-form">
              <label htmlFor="metric-to-add" className="sr-only">
                {t('benchmarks.metricToAdd')}
              </label>
              <select id="metric-to-add" className="input input-small" value={pick} onChange={(e) => setToAdd(METRICS.find((m) => m === e.target.value) ?? '')}>
                {missing.map((m) => (
                  <option key={m} value={m}>
                    {t(`benchmarks.metrics.${m}`)}
                  </option>
                ))}
              </select>
              <button type="button" className="btn" onClick={() => addMetric(pick)}>
                + {t('benchmarks.addMetric')}
              </button>
            </div>
          ) : (
            <span className="muted">{t('benchmarks.allMetrics')}</span>
          )}
        </div>
        {s.metrics.length === 0 ? (
          <p className="empty">{t('benchmarks.noMetrics')}</p>
        ) : (
          <ScrollTable label={t('benchmarks.metricsHeading')} className="table metrics-table" testId="metrics-table">
            <thead>
              <tr>
                <MetricColumns competitors={s.competitors} />
                <th scope="col" className="num">{t('benchmarks.gap')}</th>
                <th scope="col">{t('common.source')}</th>
                <th scope="col">
                  <span className="sr-only">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {s.metrics.map((m, mi) => {
                const p = ['scenarios', si, 'metrics', mi] as const;
                const name = t(`benchmarks.metrics.${m.metric}`);
                const kind = isPercentMetric(m.metric) ? 'percent' : 'decimal';
                const gap = metricGap(m, s.competitors);
                const cellLabel = (col: string) => `${name}: ${col}`;
                return (
                  <tr key={m.metric} data-testid="metric-row">
                    <th scope="row">
                      <span className="metric-name">{name}</span>
                      <span className="muted small">
                        {' '}
                        {t(`benchmarks.units.${m.metric}`)} · {lowerIsBetter(m.metric) ? t('benchmarks.lowerBetter') : t('benchmarks.higherBetter')}
                      </span>
                    </th>
                    <td className="num">
                      <NumberField path={[...p, 'ours']} value={m.ours} kind={kind} nullable locale={loc} hideLabel label={cellLabel(t('benchmarks.ours'))} className="cell-field" />
                    </td>
                    <td className="num">
                      <NumberField path={[...p, 'market']} value={m.market} kind={kind} nullable locale={loc} hideLabel label={cellLabel(t('benchmarks.market'))} className="cell-field" />
                    </td>
                    {s.competitors.map((c) => (
                      <td key={c.id} className="num">
                        <ValueInput
                          label={cellLabel(c.name)}
                          hideLabel
                          nullable
                          percent={isPercentMetric(m.metric)}
                          locale={loc}
                          value={m.competitors.find((v) => v.competitorId === c.id)?.value ?? null}
                          fieldKey={`metric.${si}.${mi}.${c.id}`}
                          commit={(v) => setValue(mi, c.id, v)}
                        />
                      </td>
                    ))}
                    <td className="num">
                      <NumberField path={[...p, 'target']} value={m.target} kind={kind} nullable locale={loc} hideLabel label={cellLabel(t('benchmarks.target'))} className="cell-field" />
                    </td>
                    <td className={`num gap-cell ${gap.gapToBest === null ? '' : gap.gapToBest >= 0 ? 'gap-ahead' : 'gap-behind'}`} data-testid="gap-to-best">
                      {formatMetricDelta(m.metric, gap.gapToBest, loc, t('units.pp'))}
                      {gap.best ? <span className="muted small block">{t('benchmarks.vsBest', { name: gap.best.name })}</span> : null}
                      {gap.gapToBest !== null ? <span className="sr-only"> ({gap.gapToBest >= 0 ? t('benchmarks.ahead') : t('benchmarks.behind')})</span> : null}
                    </td>
                    <td>
                      <TextField path={[...p, 'source']} value={m.source} hideLabel label={cellLabel(t('common.source'))} className="cell-field source-field" />
                    </td>
                    <td>
                      <button type="button" className="icon-btn danger" aria-label={`${t('benchmarks.removeMetric')}: ${name}`} onClick={() => removeMetric(mi)}>
                        ✕
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollTable>
        )}
      </StepSection>

      {s.metrics.length > 0 ? <BenchmarkChartCard doc={doc} si={si} metricLabel={metricLabel} /> : null}
    </section>
  );
}

/** Metric, ours, market, each competitor and target: the column headers both metric tables start with. */
function MetricColumns(props: { competitors: readonly { id: string; name: string }[] }) {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col">{t('benchmarks.metric')}</th>
      <th scope="col" className="num">{t('benchmarks.ours')}</th>
      <th scope="col" className="num">{t('benchmarks.market')}</th>
      {props.competitors.map((c) => (
        <th key={c.id} scope="col" className="num">
          {c.name}
        </th>
      ))}
      <th scope="col" className="num">{t('benchmarks.target')}</th>
    </>
  );
}

/** Ours, market, competitors and target, one small chart per metric (their units differ). */
function BenchmarkChartCard(props: { doc: Case; si: number; metricLabel: (m: MetricKey) => string }) {
  const { t } = useTranslation();
  const { doc, si } = props;
  const s = doc.scenarios[si];
  if (!s) return null;
  const loc = doc.locale;
  return (
    <ChartCard
      id="benchmark-chart"
      title={t('benchmarks.chartTitle')}
      chart={
        <div className="small-multiples">
          {s.metrics.map((m) => (
            <BenchmarkBars
              key={m.metric}
              title={props.metricLabel(m.metric)}
              bars={[
                { label: t('benchmarks.ours'), value: m.ours, role: 'ours' },
                { label: t('benchmarks.market'), value: m.market, role: 'market' },
                ...s.competitors.map((c) => ({ label: c.name, value: m.competitors.find((v) => v.competitorId === c.id)?.value ?? null, role: 'competitor' as const })),
                { label: t('benchmarks.target'), value: m.target, role: 'target' },
              ]}
              format={(v) => formatMetric(m.metric, v, loc)}
              scale={isPercentMetric(m.metric) ? 100 : 1}
            />
          ))}
        </div>
      }
      table={
        <>
          <thead>
            <tr>
              <MetricColumns competitors={s.competitors} />
            </tr>
          </thead>
          <tbody>
            {s.metrics.map((m) => (
              <tr key={m.metric}>
                <th scope="row">{t(`benchmarks.metrics.${m.metric}`)}</th>
                <td className="num">{formatMetric(m.metric, m.ours, loc)}</td>
                <td className="num">{formatMetric(m.metric, m.market, loc)}</td>
                {s.competitors.map((c) => (
                  <td key={c.id} className="num">
                    {formatMetric(m.metric, m.competitors.find((v) => v.competitorId === c.id)?.value, loc)}
                  </td>
                ))}
                <td className="num">{formatMetric(m.metric, m.target, loc)}</td>
              </tr>
            ))}
          </tbody>
        </>
      }
    />
  );
}
