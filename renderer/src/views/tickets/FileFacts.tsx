/** What the reader found: layout, encoding, delimiter, period, date order (confirmed when ambiguous) and the rows not read. */
import { useTranslation } from 'react-i18next';
import type { TicketResult } from '@shared/contract/tickets';
import type { Locale } from '@shared/case/schema';
import { formatNumber } from '../../format/numbers';

const DELIMITER_WORD: Record<string, 'comma' | 'semicolon' | 'tab' | 'bar'> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'bar' };

export function FileFacts(props: { result: TicketResult; locale: Locale; confirmOrder: (order: 'dmy' | 'mdy') => void; busy: boolean }) {
  const { t } = useTranslation();
  const { result: r, locale } = props;
  const n = (x: number) => formatNumber(x, locale, 0);
  const order = (o: 'dmy' | 'mdy') => t(`tickets.dates.${o}`);
  const delimiter = r.file.delimiter === null ? null : DELIMITER_WORD[r.file.delimiter];
  return (
    <>
      <dl className="tickets-facts" data-testid="tickets-facts">
        <dt>{t('tickets.facts.file')}</dt>
        <dd>{r.file.name}</dd>
        <dt>{t('tickets.facts.format')}</dt>
        <dd data-testid="tickets-format">{t(`tickets.formats.${r.format}`)}</dd>
        {r.file.encoding ? (
          <>
            <dt>{t('tickets.facts.encoding')}</dt>
            <dd>{r.file.encoding.toUpperCase()}</dd>
          </>
        ) : null}
        {delimiter ? (
          <>
            <dt>{t('tickets.facts.delimiter')}</dt>
            <dd>{t(`tickets.delimiters.${delimiter}`)}</dd>
          </>
        ) : null}
        {r.period ? (
          <>
            <dt>{t('tickets.facts.period')}</dt>
            <dd>{t('tickets.facts.months', { from: r.period.from.slice(0, 10), to: r.period.to.slice(0, 10), count: r.period.months })}</dd>
          </>
        ) : null}
        <dt>{t('tickets.facts.tickets')}</dt>
        <dd data-testid="tickets-count">{n(r.tickets)}</dd>
        {/* The order matters only for dates written with slashes; ISO dates say it themselves. */}
        {r.dates.detected !== null || r.dates.ambiguous ? (
          <>
            <dt>{t('tickets.dates.label')}</dt>
            <dd>{t(r.dates.detected !== null && r.dates.used === r.dates.detected ? 'tickets.dates.detected' : 'tickets.dates.confirmed', { order: order(r.dates.used) })}</dd>
          </>
        ) : null}
      </dl>
      {r.dates.ambiguous && r.dates.detected === null ? (
        <div className="note" role="group" aria-label={t('tickets.dates.label')} data-testid="tickets-date-order">
          <p>{t('tickets.dates.ambiguous')}</p>
          {(['dmy', 'mdy'] as const).map((o) => (
            <button key={o} type="button" className={`btn${o === r.dates.used ? ' btn-primary' : ''}`} disabled={props.busy} aria-pressed={o === r.dates.used} onClick={() => props.confirmOrder(o)}>
              {order(o)}
            </button>
          ))}
        </div>
      ) : null}
      {r.dates.conflicting ? <p className="warning">{t('tickets.dates.conflicting')}</p> : null}
      {r.period && (r.period.firstMonthPartial || r.period.lastMonthPartial) ? <p className="muted">{t('tickets.partial', { count: r.period.months })}</p> : null}
      {r.badRowCount === 0 ? (
        <p className="muted">{t('tickets.badRows.none')}</p>
      ) : (
        <details className="tickets-bad" data-testid="tickets-bad-rows">
          <summary>{t('tickets.badRows.title', { n: n(r.badRowCount) })}</summary>
          <p>{t('tickets.badRows.listed', { count: r.badRows.length })}</p>
          <table className="table tickets-table">
            <thead>
              <tr>
                <th scope="col" className="num">{t('tickets.badRows.line')}</th>
                <th scope="col">{t('tickets.badRows.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {r.badRows.map((b) => (
                <tr key={b.line}>
                  <td className="num">{n(b.line)}</td>
                  <td>{b.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </>
  );
}
