/** The Monte Carlo: progress and cancel, P10/P50/P90 and mean of NPV, ROI and payback, P(NPV > 0), histogram and S-curve. */
import { Line } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { Case } from '@shared/case/schema';
import type { MonteCarloResult } from '@shared/risk/monte-carlo';
import { BarChart } from '../../charts/BarChart';
import { ChartCard } from '../../charts/ChartCard';
import { PALETTE } from '../../charts/setup';
import { formatMoney, formatMoneyCompact, formatNumber, formatPercent, MISSING } from '../../format/numbers';
import type { RiskState } from './useRisk';

function Progress(props: { state: RiskState; cancel: () => void; rerun: () => void }) {
  const { t } = useTranslation();
  const p = props.state.progress;
  const running = props.state.status === 'running';
  return (
    <div className="risk-progress" data-testid="risk-progress" data-status={props.state.status}>
      <progress max={p?.total ?? 1} value={p?.done ?? 0} aria-label={t('risk.mc.progress')} />
      <span className="muted small" role="status">
        {running ? t('risk.mc.running', { done: formatNumber(p?.done ?? 0, 'en-GB'), total: formatNumber(p?.total ?? 0, 'en-GB') }) : t(`risk.mc.status.${props.state.status}`)}
      </span>
      {running ? (
        <button type="button" className="btn btn-small" onClick={props.cancel}>{t('risk.mc.cancel')}</button>
      ) : (
        <button type="button" className="btn btn-small" onClick={props.rerun}>{t('risk.mc.rerun')}</button>
      )}
    </div>
  );
}

export function SimulationCard(props: { doc: Case; state: RiskState; cancel: () => void; rerun: () => void }) {
  const { t } = useTranslation();
  const { doc } = props;
  const r: MonteCarloResult | null = props.state.result;
  const money = (x: number | null | undefined) => formatMoney(x, doc.currency, doc.locale);
  const pct = (x: number | null | undefined) => formatPercent(x, doc.locale, 0);
  const month = (x: number | null | undefined) => (x === null || x === undefined ? t('risk.tornado.noPayback') : formatNumber(x, doc.locale, 1));
  return (
    <section className="risk-mc" aria-labelledby="risk-mc-heading" data-testid="risk-simulation">
      <h3 id="risk-mc-heading">{t('risk.mc.title', { trials: formatNumber(doc.risk.trials, doc.locale), seed: doc.risk.seed })}</h3>
      <Progress state={props.state} cancel={props.cancel} rerun={props.rerun} />
      {r ? (
        <>
          <p className="risk-headline" data-testid="risk-probability">
            {t('risk.mc.probability', { p: pct(r.probabilityPositive), p10: money(r.npv.p10) })}
          </p>
          <table className="table" data-testid="risk-percentiles">
            <caption className="sr-only">{t('risk.mc.percentiles')}</caption>
            <thead>
              <tr>
                <th />
                <th className="num">P10</th>
                <th className="num">P50</th>
                <th className="num">P90</th>
                <th className="num">{t('risk.mc.mean')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{t('risk.mc.npv')}</th>
                <td className="num">{money(r.npv.p10)}</td>
                <td className="num">{money(r.npv.p50)}</td>
                <td className="num">{money(r.npv.p90)}</td>
                <td className="num">{money(r.npv.mean)}</td>
              </tr>
              <tr>
                <th scope="row">{t('risk.mc.roi')}</th>
                <td className="num">{r.roi ? pct(r.roi.p10) : MISSING}</td>
                <td className="num">{r.roi ? pct(r.roi.p50) : MISSING}</td>
                <td className="num">{r.roi ? pct(r.roi.p90) : MISSING}</td>
                <td className="num">{r.roi ? pct(r.roi.mean) : MISSING}</td>
              </tr>
              <tr>
                <th scope="row">{t('risk.mc.payback')}</th>
                <td className="num">{month(r.paybackMonth.p10)}</td>
                <td className="num">{month(r.paybackMonth.p50)}</td>
                <td className="num">{month(r.paybackMonth.p90)}</td>
                <td className="num">{month(r.paybackMonth.mean)}</td>
              </tr>
            </tbody>
          </table>
          <div className="chart-grid">
            <ChartCard
              id="risk-histogram"
              title={t('risk.mc.histogram')}
              chart={<BarChart label={t('risk.mc.histogram')} labels={r.histogram.map((b, i) => (i % 5 === 0 ? formatMoneyCompact(b.from, doc.currency, doc.locale) : ''))} series={[{ label: t('risk.mc.trials'), data: r.histogram.map((b) => b.count), colors: r.histogram.map((b) => ((b.from + b.to) / 2 < 0 ? '#dc2626' : PALETTE[0] ?? '#2563eb')) }]} format={(v) => formatNumber(v, doc.locale)} legend={false} />}
              table={
                <>
                  <thead>
                    <tr>
                      <th className="num">{t('risk.mc.from')}</th>
                      <th className="num">{t('risk.mc.to')}</th>
                      <th className="num">{t('risk.mc.trials')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.histogram.map((b) => (
                      <tr key={b.from}>
                        <td className="num">{money(b.from)}</td>
                        <td className="num">{money(b.to)}</td>
                        <td className="num">{formatNumber(b.count, doc.locale)}</td>
                      </tr>
                    ))}
                  </tbody>
                </>
              }
            />
            <ChartCard
              id="risk-scurve"
              title={t('risk.mc.sCurve')}
              chart={
                <div className="chart-box" style={{ height: 280 }}>
                  <Line
                    role="img"
                    aria-label={t('risk.mc.sCurve')}
                    data={{ datasets: [{ label: t('risk.mc.npv'), data: r.sCurve.map((q) => ({ x: q.value, y: q.p * 100 })), borderColor: PALETTE[0], pointRadius: 0 }] }}
                    options={{ maintainAspectRatio: false, plugins: { legend: { display: false } }, scales: { x: { type: 'linear', ticks: { maxTicksLimit: 6, callback: (v: string | number) => formatMoneyCompact(Number(v) || 0, doc.currency, doc.locale) } }, y: { min: 0, max: 100, ticks: { callback: (v: string | number) => `${v} %` } } } }}
                  />
                </div>
              }
              table={
                <>
                  <thead>
                    <tr>
                      <th className="num">{t('risk.mc.share')}</th>
                      <th className="num">{t('risk.mc.npv')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.sCurve.filter((_, i) => i % 10 === 0).map((q) => (
                      <tr key={q.p}>
                        <td className="num">{pct(q.p)}</td>
                        <td className="num">{money(q.value)}</td>
                      </tr>
                    ))}
                  </tbody>
                </>
              }
            />
          </div>
        </>
      ) : null}
    </section>
  );
}
