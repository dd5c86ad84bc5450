/** Step 3: competitor benchmarks — competitors, the metrics table, gaps to the best and a chart. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newCompetitor } from '@shared/case/factory';
import { METRICS, type Case, type MetricKey } from '@shared/case/schema';
import { BenchmarkBars } from '../../charts/BenchmarkBars';
import { ChartCard } from '../../charts/ChartCard';
import { InfoTip, NumberField, SelectInput, TextField } from '../../components/fields';
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

type FrtUnit = 'hours' | 'minutes';
const FRT_UNIT_KEY = 'cxcase.frtUnit';

/** The unit first response time is entered in: a display choice only (the case stores hours). */
function useFrtUnit(): [FrtUnit, (u: FrtUnit) => void] {
  const [unit, setUnit] = useState<FrtUnit>(() => {
    try {
      return window.localStorage.getItem(FRT_UNIT_KEY) === 'minutes' ? 'minutes' : 'hours';
    } catch {
      return 'hours';
    }
  });
  return [
    unit,
    (u) => {
      setUnit(u);
      try {
        window.localStorage.setItem(FRT_UNIT_KEY, u);
      } catch {
        // Storage may be unavailable: the choice then lasts until the step is left.
      }
    },
  ];
}

/** Hours as "2 h 30 min" (whole minutes), "45 min" under an hour, "3 h" on the hour. */
export function hoursAndMinutes(hours: number, t: (k: string, o?: Record<string, unknown>) => string): string {
  const total = Math.round(hours * 60);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return t('meanings.minutesOnly', { m });
  if (m === 0) return t('meanings.hoursOnly', { h });
  return t('meanings.hoursMinutes', { h, m });
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
  const [frtUnit, setFrtUnit] = useFrtUnit();
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
                // First response time in minutes: shown and typed × 60, stored in hours as always.
                const inMinutes = m.metric === 'frt' && frtUnit === 'minutes';
                const toShown = (v: number | null) => (v === null || !inMinutes ? v : Math.round(v * 60 * 1e6) / 1e6);
                const toStored = (v: number | null) => (v === null || !inMinutes ? v : v / 60);
                const ownCell = (key: 'ours' | 'market' | 'target', col: string) =>
                  inMinutes ? (
                    <ValueInput
                      label={cellLabel(col)}
                      hideLabel
                      nullable
                      locale={loc}
                      value={toShown(m[key])}
                      fieldKey={pathKey([...p, key])}
                      commit={(v) =>
                        change((d) => {
                          const x = d.scenarios[si]?.metrics[mi];
                          if (x) x[key] = toStored(v);
                          return d;
                        }, pathKey([...p, key]))
                      }
                    />
                  ) : (
                    <NumberField path={[...p, key]} value={m[key]} kind={kind} nullable locale={loc} hideLabel label={cellLabel(col)} className="cell-field" />
                  );
                return (
                  <tr key={m.metric} data-testid="metric-row">
                    <th scope="row">
                      <span className="metric-name">{name}</span> <InfoTip text={t(`meanings.metricHelp.${m.metric}`)} />
                      <span className="muted small">
                        {' '}
                        {m.metric === 'frt' ? t(`meanings.${frtUnit}`) : t(`benchmarks.units.${m.metric}`)} · {lowerIsBetter(m.metric) ? t('benchmarks.lowerBetter') : t('benchmarks.higherBetter')}
                      </span>
                      {m.metric === 'frt' ? (
                        <>
                          <SelectInput<FrtUnit>
                            label={t('meanings.frtUnit')}
                            value={frtUnit}
                            className="frt-unit"
                            options={[
                              { value: 'hours', label: t('meanings.hours') },
                              { value: 'minutes', label: t('meanings.minutes') },
                            ]}
                            pick={(u) => {
                              setFrtUnit(u);
                              return null;
                            }}
                          />
                          {m.ours !== null ? (
                            <span className="frt-readout muted" data-testid="frt-readout">
                              {t('benchmarks.ours')}: {hoursAndMinutes(m.ours, (k, o) => String(t(k, o ?? {})))}
                            </span>
                          ) : null}
                        </>
                      ) : null}
                    </th>
                    <td className="num">{ownCell('ours', t('benchmarks.ours'))}</td>
                    <td className="num">{ownCell('market', t('benchmarks.market'))}</td>
                    {s.competitors.map((c) => (
                      <td key={c.id} className="num">
                        <ValueInput
                          label={cellLabel(c.name)}
                          hideLabel
                          nullable
                          percent={isPercentMetric(m.metric)}
                          locale={loc}
                          value={toShown(m.competitors.find((v) => v.competitorId === c.id)?.value ?? null)}
                          fieldKey={`metric.${si}.${mi}.${c.id}`}
                          commit={(v) => setValue(mi, c.id, toStored(v))}
                        />
                      </td>
                    ))}
                    <td className="num">{ownCell('target', t('benchmarks.target'))}</td>
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
