/** The mapping step: for each field the user can point at, the column of the file that holds it (or none). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { TICKET_FIELDS, type TicketField } from '@shared/tickets/fields';

export function ColumnsStep(props: { header: readonly string[]; map: Partial<Record<TicketField, string>>; onChange: (f: TicketField, column: string | null) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="tickets-section">{t('tickets.map.title')}</h3>
      <p className="muted">{t('tickets.map.intro')}</p>
      <div className="tickets-map" data-testid="tickets-map">
        {TICKET_FIELDS.map((f) => (
          <div className="field" key={f}>
            <label className="field-label" htmlFor={`${id}-${f}`}>{t(`tickets.map.fields.${f}`)}</label>
            <select id={`${id}-${f}`} className="input" value={props.map[f] ?? ''} onChange={(e) => props.onChange(f, e.target.value === '' ? null : e.target.value)}>
              <option value="">{t('tickets.map.none')}</option>
              {props.header.map((h, i) => (
                <option key={`${i}-${h}`} value={h}>{h}</option>
              ))}
            </select>
          </div>
        ))}
      </div>
    </section>
  );
}
