/**
 * How tickets got their intent: per rule the tickets it caught and how many stayed unclassified;
 * the export's own values with the intent each is given (editable), the keyword rules (editable),
 * the top topics, the automation candidates and the pre-sales signals.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INTENTS, type Intent, type Locale } from '@shared/case/schema';
import type { TicketResult } from '@shared/contract/tickets';
import type { KeywordRule } from '@shared/tickets/classify';
import { formatNumber, formatPercent } from '../../format/numbers';

export interface ClassifyProps {
  result: TicketResult;
  locale: Locale;
  rules: readonly KeywordRule[];
  setKeywords: (ruleId: string, text: string) => void;
  valueIntents: Readonly<Record<string, Intent | null>>;
  setValueIntent: (value: string, intent: Intent | null) => void;
}

export function ClassifyStep(p: ClassifyProps) {
  const { t } = useTranslation();
  const id = useId();
  const r = p.result;
  const n = (x: number) => formatNumber(x, p.locale, 0);
  const intent = (i: Intent | null) => (i === null ? '—' : t(`moments.intents.${i}`));
  const share = (x: number) => formatPercent(r.tickets > 0 ? x / r.tickets : 0, p.locale, 1);
  return (
    <>
      <h3 className="tickets-section">{t('tickets.classify.title')}</h3>
      <table className="table tickets-table" data-testid="tickets-rules">
        <thead>
          <tr>
            <th scope="col">{t('tickets.classify.rule')}</th>
            <th scope="col" className="num">{t('tickets.classify.caught')}</th>
          </tr>
        </thead>
        <tbody>
          {r.rules.map((x) => (
            <tr key={x.rule}>
              <td>{x.rule === 'field' ? t('tickets.classify.field') : t('tickets.classify.ruleOf', { intent: intent(x.intent) })}</td>
              <td className="num">{n(x.tickets)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="tickets-unclassified">{t('tickets.classify.unclassified', { n: n(r.unclassified), pct: share(r.unclassified) })}</p>
      {r.intentValues.length > 0 ? (
        <>
          <h3 className="tickets-section">{t('tickets.classify.values')}</h3>
          <table className="table tickets-table" data-testid="tickets-values">
            <thead>
              <tr>
                <th scope="col">{t('tickets.classify.value')}</th>
                <th scope="col" className="num">{t('tickets.classify.tickets')}</th>
                <th scope="col">{t('tickets.classify.intent')}</th>
              </tr>
            </thead>
            <tbody>
              {r.intentValues.map((v) => {
                const key = v.value.trim().toLowerCase();
                const chosen = Object.prototype.hasOwnProperty.call(p.valueIntents, key) ? (p.valueIntents[key] ?? null) : v.intent;
                return (
                  <tr key={v.value}>
                    <td>{v.value}</td>
                    <td className="num">{n(v.tickets)}</td>
                    <td>
                      <select className="input" aria-label={`${t('tickets.classify.intent')}: ${v.value}`} value={chosen ?? ''} onChange={(e) => p.setValueIntent(key, e.target.value === '' ? null : INTENTS.find((i) => i === e.target.value) ?? null)}>
                        <option value="">{t('tickets.classify.leave')}</option>
                        {INTENTS.map((i) => (
                          <option key={i} value={i}>{intent(i)}</option>
                        ))}
                      </select>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      ) : null}
      <details className="tickets-rules">
        <summary>{t('tickets.classify.rules')}</summary>
        {p.rules.map((rule) => (
          <div className="field" key={rule.id}>
            <label className="field-label" htmlFor={`${id}-${rule.id}`}>{t('tickets.classify.keywords', { rule: intent(rule.intent) })}</label>
            <input id={`${id}-${rule.id}`} className="input" value={rule.keywords.join(', ')} onChange={(e) => p.setKeywords(rule.id, e.target.value)} />
          </div>
        ))}
      </details>
      {r.topics.length > 0 ? (
        <>
          <h3 className="tickets-section">{t('tickets.classify.topics')}</h3>
          <table className="table tickets-table" data-testid="tickets-topics">
            <thead>
              <tr>
                <th scope="col">{t('tickets.classify.topic')}</th>
                <th scope="col">{t('tickets.classify.intent')}</th>
                <th scope="col" className="num">{t('tickets.classify.perMonth')}</th>
              </tr>
            </thead>
            <tbody>
              {r.topics.map((x) => (
                <tr key={x.topic}>
                  <td>{x.topic}</td>
                  <td>{intent(x.intent)}</td>
                  <td className="num">{n(x.monthlyVolume)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
      <p>{r.candidates.length > 0 ? t('tickets.classify.candidates', { list: r.candidates.map((c) => c.topic).join(', ') }) : t('tickets.classify.noCandidates')}</p>
      <p>{t('tickets.classify.preSales', { n: n(r.preSales.tickets), pct: share(r.preSales.tickets) })}</p>
    </>
  );
}
