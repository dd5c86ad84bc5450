/**
 * What the report says about the Model v2 conventions a case uses (discounting, tax, inflation,
 * growth, year basis), and the cash-flow table by the chosen year basis. Every value is the case's
 * own; the sentences are the fields' help texts.
 */
import type { Case } from '@shared/case/schema';
import type { ScenarioResult, YearTable } from '@shared/engine/compute';
import { fiscalYearLabel, monthLabel } from '../../format/calendar';

type T = (key: string, vars?: Record<string, unknown>) => string;
type Pct = (x: number | null | undefined, digits?: number) => string;

/** One paragraph per convention, "Topic: value. What it means." */
export function conventionParagraphs(t: T, pct: Pct, doc: Case): string[] {
  const fy = t(`finance.months.m${doc.fiscalYearStartMonth}`);
  return [
    `${t('finance.discounting')}: ${t(`finance.discountingOptions.${doc.discounting}`)}. ${t('finance.help.discounting')}`,
    `${t('finance.taxRate')}: ${pct(doc.taxRate, 1)}. ${t('finance.help.taxRate')}`,
    `${t('finance.wageInflation')}: ${pct(doc.wageInflation, 1)}; ${t('finance.costInflation')}: ${pct(doc.costInflation, 1)}. ${t('finance.help.wageInflation')} ${t('finance.help.costInflation')}`,
    `${t('finance.customerGrowth')}: ${t('finance.help.customerGrowth')} ${t('finance.help.volumeGrowth')}`,
    `${t('finance.startMonth')}: ${monthLabel(t, doc.startMonth, 1)}; ${t('finance.fiscalYearStartMonth')}: ${fy}. ${t(`finance.yearBasisOptions.${doc.yearBasis ?? 'caseYears'}`)}: ${t('finance.help.yearBasis')}`,
  ];
}

/** The year table by the case's basis, with its column headings (Initial, Year 1…/FY…, no Total or PV). */
export function tableByBasis(t: T, doc: Case, result: ScenarioResult): { table: YearTable; labels: string[] } {
  if (doc.yearBasis === 'fiscalYears') {
    const periods = result.fiscalYears.periods;
    return { table: result.fiscalYears, labels: [t('summary.initial'), ...periods.map((p) => fiscalYearLabel(t, p))] };
  }
  const years = result.years.columns.filter((c) => /^y\d+$/.test(c)).map((c) => t('summary.year', { n: c.slice(1) }));
  return { table: result.years, labels: [t('summary.initial'), ...years] };
}
