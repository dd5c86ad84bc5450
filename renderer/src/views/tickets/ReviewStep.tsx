/**
 * The proposals, for the user to tick: key moments (name editable; intent, main channel, tickets a
 * month, CSAT, automatable, protected), the baseline volume, the escalation line, and "ours" values
 * for the benchmarks step. Take hands the ticks to the caller, which makes them one undoable edit.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Intent, Locale, MetricKey } from '@shared/case/schema';
import type { TicketProposals } from '@shared/contract/tickets';
import type { TicketPicks } from '@shared/tickets/apply';
import { formatNumber, formatPercent } from '../../format/numbers';
import { hoursAndMinutes } from '../steps/BenchmarksStep';

export interface ReviewProps {
  proposals: TicketProposals;
  locale: Locale;
  scenarioName: string;
  source: string;
  busy: boolean;
  onTake: (picks: TicketPicks) => void;
}

export function ReviewStep(p: ReviewProps) {
  const { t } = useTranslation();
  const { proposals: pr, locale } = p;
  const n = (x: number, d = 0) => formatNumber(x, locale, d);
  const intentLabel = (i: Intent) => t(`moments.intents.${i}`);
  const [moments, setMoments] = useState<Record<string, boolean>>(() => Object.fromEntries(pr.moments.map((m) => [m.intent, true])));
  const [names, setNames] = useState<Record<string, string>>(() => Object.fromEntries(pr.moments.map((m) => [m.intent, m.topics[0] ? `${intentLabel(m.intent)}: ${m.topics[0]}` : intentLabel(m.intent)])));
  const [baseline, setBaseline] = useState(true);
  const [escalation, setEscalation] = useState(pr.escalation !== null);
  const metrics = Object.keys(pr.ours).filter((k): k is MetricKey => k in pr.ours);
  const [ours, setOurs] = useState<Record<string, boolean>>(() => Object.fromEntries(metrics.map((m) => [m, true])));
  const metricValue = (m: MetricKey, v: number) =>
    m === 'csat' || m === 'fcr' ? formatPercent(v, locale, 1) : m === 'frt' ? hoursAndMinutes(v, t) : `${n(v, 1)} ${t(`benchmarks.units.${m}`)}`;

  const picks: TicketPicks = {
    moments: pr.moments.filter((m) => moments[m.intent]).map((m) => ({ intent: m.intent, name: names[m.intent] ?? intentLabel(m.intent) })),
    baseline,
    escalation: escalation && pr.escalation !== null,
    ours: metrics.filter((m) => ours[m]),
  };
  const count = picks.moments.length + (picks.baseline ? 1 : 0) + (picks.escalation ? 1 : 0) + picks.ours.length;
  const yesNo = (b: boolean) => t(b ? 'tickets.yes' : 'tickets.no');

  return (
    <>
      <p>{t('tickets.review.intro', { scenario: p.scenarioName, source: p.source })}</p>
      <h3 className="tickets-section">{t('tickets.review.moments')}</h3>
      <table className="table tickets-table" data-testid="tickets-moments">
        <thead>
          <tr>
            <th scope="col">{t('tickets.review.take')}</th>
            <th scope="col">{t('tickets.review.name')}</th>
            <th scope="col">{t('tickets.review.intent')}</th>
            <th scope="col">{t('tickets.review.channel')}</th>
            <th scope="col" className="num">{t('tickets.review.volume')}</th>
            <th scope="col" className="num">{t('tickets.review.csat')}</th>
            <th scope="col">{t('tickets.review.automatable')}</th>
            <th scope="col">{t('tickets.review.protected')}</th>
          </tr>
        </thead>
        <tbody>
          {pr.moments.map((m) => (
            <tr key={m.intent} data-intent={m.intent}>
              <td>
                <input type="checkbox" checked={moments[m.intent] ?? false} aria-label={t('tickets.review.tick', { item: intentLabel(m.intent) })} onChange={(e) => setMoments((o) => ({ ...o, [m.intent]: e.target.checked }))} />
              </td>
              <td>
                <input className="input" value={names[m.intent] ?? ''} maxLength={120} aria-label={t('tickets.review.nameOf', { intent: intentLabel(m.intent) })} onChange={(e) => setNames((o) => ({ ...o, [m.intent]: e.target.value }))} />
              </td>
              <td>{intentLabel(m.intent)}</td>
              <td>{t(`moments.channels.${m.channel}`)}</td>
              <td className="num">{n(m.monthlyVolume)}</td>
              <td className="num">{m.satisfaction === null ? '—' : formatPercent(m.satisfaction, locale, 0)}</td>
              <td>{yesNo(m.automatable)}</td>
              <td>{yesNo(m.protected)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3 className="tickets-section">{t('tickets.review.others')}</h3>
      <label className="tickets-check">
        <input type="checkbox" checked={baseline} onChange={(e) => setBaseline(e.target.checked)} data-testid="tickets-take-baseline" />
        <span>{t('tickets.review.baseline', { volume: n(pr.baselineVolume) })}</span>
      </label>
      {pr.escalation ? (
        <label className="tickets-check">
          <input type="checkbox" checked={escalation} onChange={(e) => setEscalation(e.target.checked)} data-testid="tickets-take-escalation" />
          <span>{t('tickets.review.escalation', { escalations: n(pr.escalation.escalationsPerMonth), handoffs: n(pr.escalation.handoffsPerEscalation, 2) })}</span>
        </label>
      ) : null}
      {metrics.map((m) => {
        const v = pr.ours[m];
        return v === undefined ? null : (
          <label className="tickets-check" key={m}>
            <input type="checkbox" checked={ours[m] ?? false} onChange={(e) => setOurs((o) => ({ ...o, [m]: e.target.checked }))} data-testid={`tickets-take-${m}`} />
            <span>{t('tickets.review.ours', { metric: t(`benchmarks.metrics.${m}`), value: metricValue(m, v) })}</span>
          </label>
        );
      })}
      <div className="tickets-actions">
        <button type="button" className="btn btn-primary" disabled={p.busy || count === 0} onClick={() => p.onTake(picks)} data-testid="tickets-take">
          {t('tickets.review.button', { count })}
        </button>
      </div>
    </>
  );
}
