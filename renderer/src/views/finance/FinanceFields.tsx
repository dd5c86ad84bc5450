/**
 * The Model v2 inputs that sit inside the existing steps: a segment's customer growth, the service's
 * volume growth and productive hours per FTE, a cost line's opex/capex and depreciation life, and
 * the calendar month a month number stands for.
 */
import { useTranslation } from 'react-i18next';
import { COST_ACCOUNTING, type Case, type CostLine, type Locale, type Scenario, type Segment } from '@shared/case/schema';
import { NumberField, SelectField } from '../../components/fields';
import { monthLabel } from '../../format/calendar';
import type { Path } from '../../state/paths';

export function SegmentGrowthField({ segment, path, locale }: { segment: Segment; path: Path; locale: Locale }) {
  const { t } = useTranslation();
  return (
    <NumberField
      path={[...path, 'customerGrowth']}
      value={segment.customerGrowth}
      kind="percent"
      locale={locale}
      label={t('finance.customerGrowth')}
      help={t('finance.help.customerGrowth')}
    />
  );
}

export function ServiceFinanceFields({ scenario, si, doc }: { scenario: Scenario; si: number; doc: Case }) {
  const { t } = useTranslation();
  const svc: Path = ['scenarios', si, 'service'];
  return (
    <>
      <NumberField
        path={[...svc, 'volumeGrowth']}
        value={scenario.service.volumeGrowth}
        kind="percent"
        locale={doc.locale}
        label={t('finance.volumeGrowth')}
        help={t('finance.help.volumeGrowth')}
        disabled={scenario.service.volumeOverride === null}
      />
      <NumberField
        path={[...svc, 'productiveHoursPerFte']}
        value={scenario.service.productiveHoursPerFte}
        kind="decimal"
        locale={doc.locale}
        unit={t('finance.hoursUnit')}
        label={t('finance.productiveHoursPerFte')}
        help={t('finance.help.productiveHoursPerFte')}
      />
    </>
  );
}

/** Opex or capex, and for capex its depreciation life. */
export function CostAccountingCell({ line, path, doc }: { line: CostLine; path: Path; doc: Case }) {
  const { t } = useTranslation();
  return (
    <div className="cost-accounting">
      <SelectField
        path={[...path, 'accounting']}
        value={line.accounting}
        hideLabel
        label={`${t('finance.accounting')}: ${line.label}`}
        help={t('finance.help.accounting')}
        options={COST_ACCOUNTING.map((a) => ({ value: a, label: t(`finance.accountingOptions.${a}`) }))}
      />
      {line.accounting === 'capex' ? (
        <NumberField
          path={[...path, 'lifeMonths']}
          value={line.lifeMonths}
          kind="months"
          locale={doc.locale}
          hideLabel
          unit={t('common.months')}
          label={`${t('finance.lifeMonths')}: ${line.label}`}
          help={t('finance.help.lifeMonths')}
        />
      ) : null}
    </div>
  );
}

/** The calendar month a month number stands for ("Mar 2027"; month 0: up front). */
export function CalendarMonthNote({ doc, month }: { doc: Case; month: number }) {
  const { t } = useTranslation();
  return <span className="muted small calendar-month">{monthLabel(t, doc.startMonth, month)}</span>;
}
