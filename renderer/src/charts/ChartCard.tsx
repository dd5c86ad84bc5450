/**
 * A chart with its accessible alternative: a "show as table" toggle swaps the canvas for a table
 * of the same figures (screen readers, printing, copying numbers). `table` is the table's head and
 * body; the table, captioned with the chart's title, is built here.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ChartCard(props: { id: string; title: string; chart: ReactNode; table: ReactNode; description?: string; initiallyTable?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(props.initiallyTable ?? false);
  const headingId = `${props.id}-heading`;
  return (
    <section className="chart-card" aria-labelledby={headingId} data-testid={props.testId ?? props.id}>
      <header>
        <h3 id={headingId}>{props.title}</h3>
        <button type="button" className="btn btn-small" aria-pressed={asTable} aria-controls={`${props.id}-body`} onClick={() => setAsTable((x) => !x)}>
          {asTable ? t('common.showChart') : t('common.showTable')}
        </button>
      </header>
      {props.description ? <p className="muted small chart-desc">{props.description}</p> : null}
      {/* The table may scroll: as a focusable region it can be scrolled from the keyboard. */}
      <div
        id={`${props.id}-body`}
        className={asTable ? 'table-scroll chart-table' : 'chart-body'}
        tabIndex={asTable ? 0 : undefined}
        role={asTable ? 'region' : undefined}
        aria-label={asTable ? t('lines.tableOf', { title: props.title }) : undefined}
      >
        {asTable ? (
          <table className="table">
            <caption className="sr-only">{props.title}</caption>
            {props.table}
          </table>
        ) : (
          props.chart
        )}
      </div>
    </section>
  );
}
