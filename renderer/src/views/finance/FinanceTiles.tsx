/**
 * The summary's Model v2 figures: discounted payback, peak funding need and the FTE equivalent of
 * the hours saved, each with its help. Every number comes from the engine result.
 */
import { useTranslation } from 'react-i18next';
import type { Case } from '@shared/case/schema';
import type { ScenarioResult } from '@shared/engine/compute';
import { InfoTip } from '../../components/fields';
import { monthLabel } from '../../format/calendar';
import { formatMoney, formatNumber, MISSING } from '../../format/numbers';

export function FinanceTiles({ doc, result }: { doc: Case; result: ScenarioResult }) {
  const { t } = useTranslation();
  const discounted =
    result.discountedPaybackMonth !== null
      ? { value: monthLabel(t, result.startMonth, result.discountedPaybackMonth), reason: null }
      : { value: MISSING, reason: t(result.paybackNote === 'noCosts' ? 'trust.noCosts' : 'trust.notWithinHorizon') };
  const hours = result.fte.hours[result.horizon] ?? 0;
  const items = [
    { k: 'discountedPayback', label: t('finance.discountedPayback'), value: discounted.value, reason: discounted.reason, help: t('finance.help.discountedPayback') },
    { k: 'peakFunding', label: t('finance.peakFunding'), value: formatMoney(result.peakFunding, doc.currency, doc.locale), reason: null, help: t('finance.help.peakFunding') },
    {
      k: 'fte',
      label: t('finance.fte'),
      value: formatNumber(result.fte.atHorizon, doc.locale, 1),
      reason: t('finance.fteNote', { hours: formatNumber(hours, doc.locale, 0), month: monthLabel(t, result.startMonth, result.horizon) }),
      help: t('finance.help.fte'),
    },
  ];
  return (
    <dl className="tiles summary-tiles" data-testid="finance-tiles">
      {items.map((x) => (
        <div key={x.k} className="tile" data-testid={`result-${x.k}`}>
          <dt>
            {x.label} <InfoTip text={x.help} />
          </dt>
          <dd>
            {x.value}
            {x.reason ? <span className="tile-reason">{x.reason}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
