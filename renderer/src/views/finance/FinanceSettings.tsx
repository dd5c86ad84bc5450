/**
 * The case settings Model v2 added: calendar start and fiscal year, tax, the discounting convention,
 * wage and cost inflation, and the year basis of the cash-flow tables. Each with its help text; the
 * shared schema judges every value, as for any other field.
 */
import { useTranslation } from 'react-i18next';
import { DISCOUNTING, YEAR_BASES, type Case } from '@shared/case/schema';
import { NumberField, SelectField, SelectInput, TextField } from '../../components/fields';
import { useStore } from '../../state/store';

const MONTHS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

/** Fiscal-year start: a month number in the document, a month name on screen. */
function FiscalYearStartField({ doc }: { doc: Case }) {
  const { t } = useTranslation();
  const edit = useStore((s) => s.edit);
  return (
    <SelectInput
      path={['fiscalYearStartMonth']}
      value={String(doc.fiscalYearStartMonth)}
      label={t('finance.fiscalYearStartMonth')}
      help={t('finance.help.fiscalYearStartMonth')}
      options={MONTHS.map((m) => ({ value: m, label: t(`finance.months.m${m}`) }))}
      pick={(v) => {
        const r = edit(['fiscalYearStartMonth'], Number(v));
        return r.ok ? null : (r.problems[0]?.message ?? null);
      }}
    />
  );
}

export function YearBasisField({ doc }: { doc: Case }) {
  const { t } = useTranslation();
  return (
    <SelectField
      path={['yearBasis']}
      value={doc.yearBasis ?? 'caseYears'}
      label={t('finance.yearBasis')}
      help={t('finance.help.yearBasis')}
      className="year-basis"
      options={YEAR_BASES.map((b) => ({ value: b, label: t(`finance.yearBasisOptions.${b}`) }))}
    />
  );
}

export function FinanceSettings({ doc }: { doc: Case }) {
  const { t } = useTranslation();
  const loc = doc.locale;
  return (
    <fieldset className="grid case-settings finance-settings" data-testid="finance-settings">
      <legend>{t('finance.settingsHeading')}</legend>
      <TextField path={['startMonth']} value={doc.startMonth} label={t('finance.startMonth')} help={t('finance.help.startMonth')} />
      <FiscalYearStartField doc={doc} />
      <YearBasisField doc={doc} />
      <SelectField
        path={['discounting']}
        value={doc.discounting}
        label={t('finance.discounting')}
        help={t('finance.help.discounting')}
        options={DISCOUNTING.map((d) => ({ value: d, label: t(`finance.discountingOptions.${d}`) }))}
      />
      <NumberField path={['taxRate']} value={doc.taxRate} kind="percent" locale={loc} label={t('finance.taxRate')} help={t('finance.help.taxRate')} />
      <NumberField path={['wageInflation']} value={doc.wageInflation} kind="percent" locale={loc} label={t('finance.wageInflation')} help={t('finance.help.wageInflation')} />
      <NumberField path={['costInflation']} value={doc.costInflation} kind="percent" locale={loc} label={t('finance.costInflation')} help={t('finance.help.costInflation')} />
    </fieldset>
  );
}
