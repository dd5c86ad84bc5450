/** Always in view in the workspace: the headline figures and the cumulative cash flow, live. */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '@shared/case/schema';
import type { ScenarioResult } from '@shared/engine/compute';
import { CumulativeChart } from '../charts/CumulativeChart';
import { dipsSentence, flagSentence, irrShown, paybackShown, type Shown, type T } from '../format/figures';
import { monthLabel } from '../format/calendar';
import { formatMoney, formatPercent } from '../format/numbers';
import type { Language } from '@shared/contract/api';

/** A headline tile's value, with the reason under it where the figure needs one ("—", no costs to pay back). */
export function TileValue({ shown }: { shown: Shown }) {
  return (
    <>
      {shown.value}
      {shown.reason ? <span className="tile-reason">{shown.reason}</span> : null}
    </>
  );
}

export function ResultsPanel(props: { doc: Case; result: ScenarioResult; language: Language }) {
  const { t: tr } = useTranslation();
  // One function per language (not per render): the chart below is memoised on it.
  const t = useMemo<T>(() => (k, o) => String(tr(k, o ?? {})), [tr]);
  const { doc, result } = props;
  const { currency, locale } = doc;
  // The figures follow each keystroke at once; the chart (the costliest part to redraw) follows in
  // React's next, interruptible render, so typing never waits for a canvas.
  const chartResult = useDeferredValue(result);
  const chart = useMemo(
    () => (
      <CumulativeChart
        currency={currency}
        locale={locale}
        result={chartResult}
        label={t('results.cumulative')}
        breakEvenLabel={t('results.breakEven')}
        monthLabel={(m) => monthLabel(t, chartResult.startMonth, m)}
      />
    ),
    [chartResult, currency, locale, t],
  );
  const tiles = [
    { key: 'npv', label: t('results.npv'), value: formatMoney(result.npv, doc.currency, doc.locale), negative: result.npv < 0 },
    { key: 'roi', label: t('results.roi'), value: formatPercent(result.roi, doc.locale, 0), negative: (result.roi ?? 0) < 0 },
    { key: 'payback', label: t('results.payback'), value: <TileValue shown={paybackShown(t, result)} />, negative: result.paybackNote === 'notWithinHorizon' },
    { key: 'irr', label: t('results.irr'), value: <TileValue shown={irrShown(t, result, doc.locale)} />, negative: (result.irr ?? 0) < 0 },
  ];
  return (
    <aside className="results-panel" aria-labelledby="results-heading">
      <h2 id="results-heading" className="panel-title">
        {t('results.heading')} <span className="muted">· {result.scenarioName}</span>
      </h2>
      {/* Not a live region: it changes on every keystroke, and screen readers would repeat it. */}
      <dl className="tiles" data-testid="results-tiles">
        {tiles.map((x) => (
          <div key={x.key} className={`tile${x.negative ? ' tile-negative' : ''}`} data-testid={`result-${x.key}`}>
            <dt>{x.label}</dt>
            <dd>{x.value}</dd>
          </div>
        ))}
      </dl>
      {result.pvBenefits === 0 && result.pvCosts === 0 ? (
        <p className="panel-note" data-testid="results-empty">
          {t('results.empty')}
        </p>
      ) : null}
      {dipsSentence(t, result) ? (
        <p className="panel-note" data-testid="results-dips">
          {dipsSentence(t, result)}
        </p>
      ) : null}
      <div className="panel-sub">
        <span>
          {t('results.pvBenefits')}: <strong>{formatMoney(result.pvBenefits, doc.currency, doc.locale)}</strong>
        </span>
        <span>
          {t('results.pvCosts')}: <strong>{formatMoney(result.pvCosts, doc.currency, doc.locale)}</strong>
        </span>
      </div>
      {chart}
      <section className="flags" aria-labelledby="flags-heading">
        <h3 id="flags-heading">{t('results.flags')}</h3>
        {result.flags.length === 0 ? (
          <p className="muted">{t('results.noFlags')}</p>
        ) : (
          <ul>
            {result.flags.slice(0, 8).map((f, i) => (
              <li key={i} className="flag">
                {flagSentence(t, f, { lang: props.language, locale: doc.locale, currency: doc.currency })}
              </li>
            ))}
            {result.flags.length > 8 ? <li className="muted">+{result.flags.length - 8}</li> : null}
          </ul>
        )}
      </section>
    </aside>
  );
}
