/**
 * English names of the ranged fields, for the CLI's JSON and the workbook (the app's views use their
 * own dictionaries, keyed by the same field names). A label names the item and the field once.
 */
import type { Assumption } from './assumptions';

export const FIELD_LABELS_EN: Readonly<Record<string, string>> = {
  discountRate: 'Discount rate',
  customers: 'Customers',
  arpu: 'Annual revenue per customer',
  grossMargin: 'Gross margin',
  annualChurn: 'Annual churn',
  contactsPerCustomerYear: 'Contacts per customer a year',
  volume: 'Volume',
  deflectionRate: 'Deflection rate',
  aiResolutionRate: 'AI resolution rate',
  churnReduction: 'Churn reduction',
  dissatisfiedNow: 'Dissatisfied customers now',
  dissatisfiedTarget: 'Dissatisfied customers at target',
  uplift: 'Revenue uplift',
  opportunitiesPerMonth: 'Opportunities a month',
  conversionUplift: 'Conversion uplift',
  firstYearValue: 'First-year value',
  haircut: 'Risk adjustment (haircut)',
  assistedCostPerContact: 'Cost per assisted contact',
  selfServiceCostPerContact: 'Cost per self-service contact',
  aiCostPerResolution: 'Cost per AI resolution',
  agentHourCost: 'Agent hour cost',
  volumeOverride: 'Assisted contacts a month',
  ahtReductionMinutes: 'Handle time saved (minutes)',
  escalationsPerMonth: 'Escalations a month',
  handoffsAvoided: 'Share of handoffs avoided',
  minutesPerHandoff: 'Minutes per handoff',
  amount: 'Amount',
  contingency: 'Contingency',
  taxRate: 'Tax rate',
  wageInflation: 'Wage inflation a year',
  costInflation: 'Cost inflation a year',
  customerGrowth: 'Customer growth a year',
  volumeGrowth: 'Volume growth a year',
};

export function labelEn(a: Pick<Assumption, 'itemName' | 'field'>): string {
  const f = FIELD_LABELS_EN[a.field] ?? a.field;
  return a.itemName ? `${a.itemName}: ${f}` : f;
}
