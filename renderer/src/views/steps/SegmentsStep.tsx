/** Step 1: priority segments, with CLV, CLV/CAC, margin at risk and rank derived by the engine. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { newSegment } from '@shared/case/factory';
import { SERVICE_TIERS, type Currency, type Locale, type Segment } from '@shared/case/schema';
import type { SegmentFigures } from '@shared/engine/segments';
import { CheckField, InfoTip, NumberField, SelectField, TextField } from '../../components/fields';
import { SegmentGrowthField } from '../finance/FinanceFields';
import { RowActions, useAddRow } from '../../components/RowActions';
import { formatMoney, formatNumber } from '../../format/numbers';
import { useStore, type EditOutcome } from '../../state/store';
import type { StepProps } from './step-props';

interface CardProps {
  g: Segment;
  fig: SegmentFigures | undefined;
  si: number;
  i: number;
  count: number;
  locale: Locale;
  currency: Currency;
}

/** One segment; re-renders only when its own inputs or figures change (typing stays fast on big cases). */
const SegmentCard = memo(function SegmentCard({ g, fig, si, i, count, locale, currency }: CardProps) {
  const { t } = useTranslation();
  const base = ['scenarios', si, 'segments'] as const;
  const p = [...base, i];
  const money = (x: number | null) => formatMoney(x, currency, locale);
  return (
    <article className={`card${g.priority ? ' card-priority' : ''}`} aria-label={g.name} data-testid="segment-card">
      <header className="card-head">
        <TextField path={[...p, 'name']} value={g.name} label={t('segments.name')} className="grow" />
        <CheckField path={[...p, 'priority']} value={g.priority} label={t('segments.priority')} />
        <RowActions listPath={base} index={i} count={count} name={g.name} onDelete={() => deleteSegment(si, g.id, t)} />
      </header>
      <div className="grid">
        <NumberField path={[...p, 'customers']} value={g.customers} kind="count" locale={locale} label={t('segments.customers')} />
        <NumberField path={[...p, 'arpu']} value={g.arpu} kind="money" locale={locale} unit={currency} label={t('segments.arpu')} />
        <NumberField path={[...p, 'grossMargin']} value={g.grossMargin} kind="percent" locale={locale} label={t('segments.grossMargin')} />
        <NumberField path={[...p, 'annualChurn']} value={g.annualChurn} kind="percent" locale={locale} label={t('segments.annualChurn')} />
        <NumberField path={[...p, 'cac']} value={g.cac} kind="money" locale={locale} unit={currency} label={t('segments.cac')} />
        <NumberField path={[...p, 'contactsPerCustomerYear']} value={g.contactsPerCustomerYear} kind="decimal" locale={locale} label={t('segments.contactsPerCustomerYear')} />
        <SegmentGrowthField segment={g} path={p} locale={locale} />
        <SelectField path={[...p, 'tier']} value={g.tier} label={t('segments.tier')} options={SERVICE_TIERS.map((v) => ({ value: v, label: t(`segments.tiers.${v}`) }))} />
      </div>
      {fig ? (
        <dl className="derived">
          <div><dt>{t('segments.clv')}</dt><dd>{money(fig.clv)}</dd></div>
          <div><dt>{t('segments.clvToCac')}</dt><dd>{fig.clvToCac === null ? formatNumber(null, locale) : `${formatNumber(fig.clvToCac, locale, 1)}×`}</dd></div>
          <div>
            <dt>
              {t('meanings.marginAtRisk')} <InfoTip text={t('meanings.marginAtRiskDef')} />
            </dt>
            <dd data-testid="margin-at-risk">{money(fig.marginAtRisk)}</dd>
          </div>
          <div><dt>{t('segments.clvPerConversation')}</dt><dd>{money(fig.clvPerConversation)}</dd></div>
          <div><dt>{t('segments.rank')}</dt><dd>#{fig.rank}</dd></div>
        </dl>
      ) : null}
    </article>
  );
}, sameCard);

/**
 * Deleting a segment also deletes the revenue lines that act on it (they would point nowhere), in one
 * undoable step, and says so with an Undo button.
 */
function deleteSegment(si: number, id: string, t: (k: string, o?: Record<string, unknown>) => string): EditOutcome {
  const { change, toast, undo } = useStore.getState();
  let removedLines = 0;
  let name = '';
  const r = change((d) => {
    const sc = d.scenarios[si];
    if (!sc) return d;
    name = sc.segments.find((g) => g.id === id)?.name ?? '';
    const keep = sc.revenueLines.filter((l) => l.kind === 'acquisition' || l.segmentId !== id);
    removedLines = sc.revenueLines.length - keep.length;
    sc.revenueLines = keep;
    sc.segments = sc.segments.filter((g) => g.id !== id);
    return d;
  });
  if (r.ok) toast({ kind: 'info', message: t('segments.deleted', { name, count: removedLines }), action: { label: t('common.undo'), run: undo } });
  return r;
}

function sameCard(a: CardProps, b: CardProps): boolean {
  const fa = a.fig;
  const fb = b.fig;
  const sameFig = fa === fb || (!!fa && !!fb && fa.clv === fb.clv && fa.clvToCac === fb.clvToCac && fa.marginAtRisk === fb.marginAtRisk && fa.clvPerConversation === fb.clvPerConversation && fa.rank === fb.rank);
  return a.g === b.g && sameFig && a.si === b.si && a.i === b.i && a.count === b.count && a.locale === b.locale && a.currency === b.currency;
}

export function SegmentsStep({ doc, si, result }: StepProps) {
  const { t } = useTranslation();
  const s = doc.scenarios[si];
  const addRow = useAddRow();
  if (!s) return null;
  const base = ['scenarios', si, 'segments'] as const;
  return (
    <section aria-labelledby="step-heading">
      <div className="step-toolbar">
        <button type="button" className="btn" onClick={() => addRow(base, (xs) => newSegment(`${t('segments.name')} ${xs.length + 1}`), 'name')}>
          + {t('segments.add')}
        </button>
      </div>
      {s.segments.length === 0 ? <p className="empty">{t('segments.empty')}</p> : null}
      <div className="cards">
        {s.segments.map((g, i) => (
          <SegmentCard key={g.id} g={g} fig={result.segments[i]} si={si} i={i} count={s.segments.length} locale={doc.locale} currency={doc.currency} />
        ))}
      </div>
    </section>
  );
}
