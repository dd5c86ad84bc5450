/** Step 1: priority segments, with CLV, CLV/CAC, value at risk and rank derived by the engine. */
import { useTranslation } from 'react-i18next';
import { newSegment } from '../../../../shared/case/factory';
import { SERVICE_TIERS, type Case } from '../../../../shared/case/schema';
import type { ScenarioResult } from '../../../../shared/engine/compute';
import { CheckField, NumberField, SelectField, TextField } from '../../components/fields';
import { RowActions, useListChange } from '../../components/RowActions';
import { formatMoney, formatNumber } from '../../format/numbers';

export function SegmentsStep(props: { doc: Case; si: number; result: ScenarioResult }) {
  const { t } = useTranslation();
  const { doc, si, result } = props;
  const s = doc.scenarios[si];
  const changeList = useListChange();
  if (!s) return null;
  const base = ['scenarios', si, 'segments'] as const;
  const loc = doc.locale;
  const money = (x: number | null) => formatMoney(x, doc.currency, loc);
  return (
    <section aria-labelledby="step-heading">
      <div className="step-toolbar">
        <button type="button" className="btn" onClick={() => changeList(base, (xs) => [...xs, newSegment(`${t('segments.name')} ${xs.length + 1}`)])}>
          + {t('segments.add')}
        </button>
      </div>
      {s.segments.length === 0 ? <p className="empty">{t('segments.empty')}</p> : null}
      <div className="cards">
        {s.segments.map((g, i) => {
          const fig = result.segments[i];
          const p = [...base, i];
          return (
            <article key={g.id} className={`card${g.priority ? ' card-priority' : ''}`} aria-label={g.name} data-testid="segment-card">
              <header className="card-head">
                <TextField path={[...p, 'name']} value={g.name} label={t('segments.name')} className="grow" />
                <CheckField path={[...p, 'priority']} value={g.priority} label={t('segments.priority')} />
                <RowActions listPath={base} index={i} count={s.segments.length} name={g.name} />
              </header>
              <div className="grid">
                <NumberField path={[...p, 'customers']} value={g.customers} kind="count" locale={loc} label={t('segments.customers')} />
                <NumberField path={[...p, 'arpu']} value={g.arpu} kind="money" locale={loc} unit={doc.currency} label={t('segments.arpu')} />
                <NumberField path={[...p, 'grossMargin']} value={g.grossMargin} kind="percent" locale={loc} label={t('segments.grossMargin')} />
                <NumberField path={[...p, 'annualChurn']} value={g.annualChurn} kind="percent" locale={loc} label={t('segments.annualChurn')} />
                <NumberField path={[...p, 'cac']} value={g.cac} kind="money" locale={loc} unit={doc.currency} label={t('segments.cac')} />
                <NumberField path={[...p, 'contactsPerCustomerYear']} value={g.contactsPerCustomerYear} kind="decimal" locale={loc} label={t('segments.contactsPerCustomerYear')} />
                <SelectField path={[...p, 'tier']} value={g.tier} label={t('segments.tier')} options={SERVICE_TIERS.map((v) => ({ value: v, label: t(`segments.tiers.${v}`) }))} />
              </div>
              {fig ? (
                <dl className="derived">
                  <div><dt>{t('segments.clv')}</dt><dd>{money(fig.clv)}</dd></div>
                  <div><dt>{t('segments.clvToCac')}</dt><dd>{formatNumber(fig.clvToCac, loc, 1)}×</dd></div>
                  <div><dt>{t('segments.valueAtRisk')}</dt><dd>{money(fig.valueAtRisk)}</dd></div>
                  <div><dt>{t('segments.clvPerConversation')}</dt><dd>{money(fig.clvPerConversation)}</dd></div>
                  <div><dt>{t('segments.rank')}</dt><dd>#{fig.rank}</dd></div>
                </dl>
              ) : null}
            </article>
          );
        })}
      </div>
    </section>
  );
}
