/**
 * The tornado: the top 15 assumptions by swing, each a bar from its NPV (or payback month) at low to
 * at high around the base; the table alternative lists the same figures. The rest are in the register.
 */
import { useState } from 'react';
import { Bar } from 'react-chartjs-2';
import { useTranslation } from 'react-i18next';
import type { Case } from '@shared/case/schema';
import type { RangedAssumption } from '@shared/risk/register';
import { sortBars, type TornadoBar, type TornadoMeasure } from '@shared/risk/tornado';
import { ChartCard } from '../../charts/ChartCard';
import { wrapLabel } from '../../charts/labels';
import { NEGATIVE, POSITIVE } from '../../charts/setup';
import { displayText, formatMoney, formatMoneyCompact, formatNumber, MISSING } from '../../format/numbers';
import { assumptionLabel, isPercent } from './labels';

export const TORNADO_BARS = 15;

export function TornadoCard(props: { doc: Case; register: RangedAssumption[]; tornado: TornadoBar[]; baseNpv: number; basePayback: number | null }) {
  const { t } = useTranslation();
  const [measure, setMeasure] = useState<TornadoMeasure>('npv');
  const { doc } = props;
  const beyond = doc.horizonMonths + 1;
  const bars = sortBars(props.tornado, measure).slice(0, TORNADO_BARS);
  const byKey = new Map(props.register.map((a) => [a.key, a]));
  const label = (b: TornadoBar) => {
    const a = byKey.get(b.key);
    return a ? assumptionLabel(t, a) : b.key;
  };
  const value = (b: TornadoBar, end: 'low' | 'high') => (measure === 'npv' ? (end === 'low' ? b.npvLow : b.npvHigh) : ((end === 'low' ? b.paybackLow : b.paybackHigh) ?? beyond));
  const fmt = (v: number) => (measure === 'npv' ? formatMoneyCompact(v, doc.currency, doc.locale) : formatNumber(v, doc.locale));
  const input = (b: TornadoBar, v: number) => {
    const a = byKey.get(b.key);
    const pct = a ? isPercent(a) : false;
    return `${displayText(v, doc.locale, pct)}${pct ? ' %' : ''}`;
  };
  const payback = (m: number | null) => (m === null ? t('risk.tornado.noPayback') : formatNumber(m, doc.locale));
  const base = measure === 'npv' ? props.baseNpv : (props.basePayback ?? beyond);
  const span = (b: TornadoBar, end: 'low' | 'high'): [number, number] => [base, value(b, end)];
  const title = measure === 'npv' ? t('risk.tornado.titleNpv') : t('risk.tornado.titlePayback');
  const chart = (
    <div className="chart-box" style={{ height: 60 + bars.length * 30 }}>
      <Bar
        role="img"
        aria-label={title}
        data={{
          labels: bars.map((b) => wrapLabel(label(b), 40, 2)),
          datasets: [
            { label: t('risk.tornado.atLow'), data: bars.map((b) => span(b, 'low')), backgroundColor: NEGATIVE, borderWidth: 0 },
            { label: t('risk.tornado.atHigh'), data: bars.map((b) => span(b, 'high')), backgroundColor: POSITIVE, borderWidth: 0 },
          ],
        }}
        options={{
          indexAxis: 'y',
          maintainAspectRatio: false,
          plugins: { legend: { position: 'bottom' }, tooltip: { callbacks: { label: (ctx) => `${ctx.dataset.label ?? ''}: ${fmt(Array.isArray(ctx.raw) ? Number(ctx.raw[1]) : 0)}` } } },
          scales: { x: { ticks: { maxTicksLimit: 6, callback: (v: string | number) => fmt(Number(v) || 0) } }, y: { stacked: true, ticks: { autoSkip: false } } },
        }}
      />
    </div>
  );
  const table = (
    <>
      <thead>
        <tr>
          <th>{t('risk.register.assumption')}</th>
          <th className="num">{t('risk.register.low')}</th>
          <th className="num">{t('risk.register.high')}</th>
          <th className="num">{t('risk.tornado.npvLow')}</th>
          <th className="num">{t('risk.tornado.npvHigh')}</th>
          <th className="num">{t('risk.register.swing')}</th>
          <th className="num">{t('risk.tornado.paybackLow')}</th>
          <th className="num">{t('risk.tornado.paybackHigh')}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.key}>
            <th scope="row">{label(b)}</th>
            <td className="num">{input(b, b.low)}</td>
            <td className="num">{input(b, b.high)}</td>
            <td className="num">{formatMoney(b.npvLow, doc.currency, doc.locale)}</td>
            <td className="num">{formatMoney(b.npvHigh, doc.currency, doc.locale)}</td>
            <td className="num">{formatMoney(b.swing, doc.currency, doc.locale)}</td>
            <td className="num">{payback(b.paybackLow)}</td>
            <td className="num">{payback(b.paybackHigh)}</td>
          </tr>
        ))}
        {bars.length === 0 ? (
          <tr>
            <td colSpan={8}>{MISSING}</td>
          </tr>
        ) : null}
      </tbody>
    </>
  );
  return (
    <div className="risk-tornado">
      <div className="segmented" role="group" aria-label={t('risk.tornado.measure')}>
        <button type="button" className="btn btn-small" aria-pressed={measure === 'npv'} onClick={() => setMeasure('npv')}>{t('risk.tornado.byNpv')}</button>
        <button type="button" className="btn btn-small" aria-pressed={measure === 'payback'} onClick={() => setMeasure('payback')}>{t('risk.tornado.byPayback')}</button>
      </div>
      <ChartCard id="risk-tornado" title={title} description={t('risk.tornado.description', { n: TORNADO_BARS })} chart={chart} table={table} />
    </div>
  );
}
