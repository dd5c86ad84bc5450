/**
 * The Assumptions rows of Model v2's inputs (docs/method.md, "Conventions" and "Results"), each at its level in the case:
 * case-wide (calendar, fiscal year, tax, discounting, inflation), per scenario's service (volume
 * growth, productive hours per FTE), per segment (customer growth) and per cost line (opex/capex,
 * depreciation life). Validation comes from the schema's own fields, as for every other input.
 */
import type { DataValidation } from 'exceljs';
import { caseFinanceFields, costLineFinanceFields, segmentFinanceFields, serviceFinanceFields } from '@shared/case/finance-fields';
import type { CostLine, Segment, Service } from '@shared/case/schema';
import type { Ctx } from '../context';
import { N } from '../context';
import { choiceRule, LIMITS, numberRule } from '../validation';
import type { InputRow } from './assumption-units';

const clip = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1)}…`);

/**
 * The start month is text written year-month (2027-03): the cell takes only a text of that length
 * that reads as the first day of a month (2027-13 or 2027-3 are refused).
 */
function startMonthValidation(ctx: Ctx, self: string): DataValidation {
  const F = ctx.L.finance;
  return {
    type: 'custom',
    allowBlank: false,
    formulae: [`AND(LEN(${self})=LEN("2027-03"),ISNUMBER(DATEVALUE(${self}&"-01")))`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: clip(F.startMonthTitle, LIMITS.title),
    error: clip(F.startMonthError, LIMITS.error),
    showInputMessage: true,
    promptTitle: clip(F.startMonthTitle, LIMITS.title),
    prompt: clip(F.startMonthPrompt, LIMITS.prompt),
  };
}

/** Case-wide rows, after the horizon. */
export function caseFinanceRows(ctx: Ctx, item: string): InputRow[] {
  const F = ctx.L.finance;
  const c = ctx.c;
  const f = caseFinanceFields;
  return [
    { item, label: F.startMonth, unit: 'calendarMonth', value: c.startMonth, name: N.startMonth, notes: F.notes.startMonth, validation: (self) => startMonthValidation(ctx, self) },
    { item, label: F.fiscalYearStart, unit: 'monthOfYear', value: c.fiscalYearStartMonth, name: N.fiscalYearStart, notes: F.notes.fiscalYearStart, rule: numberRule(f.fiscalYearStartMonth) },
    { item, label: F.taxRate, unit: 'fraction', value: c.taxRate, name: N.taxRate, notes: F.notes.taxRate, rule: numberRule(f.taxRate, { percent: true }) },
    { item, label: F.discounting, unit: 'choice', value: c.discounting, name: N.discounting, notes: F.notes.discounting, rule: choiceRule(f.discounting) },
    { item, label: F.wageInflation, unit: 'annualRate', value: c.wageInflation, name: N.wageInflation, notes: F.notes.wageInflation, rule: numberRule(f.wageInflation, { percent: true }) },
    { item, label: F.costInflation, unit: 'annualRate', value: c.costInflation, name: N.costInflation, notes: F.notes.costInflation, rule: numberRule(f.costInflation, { percent: true }) },
  ];
}

/** A scenario's service rows, after the volume override. */
export function serviceFinanceRows(ctx: Ctx, p: string, item: string, svc: Service): InputRow[] {
  const F = ctx.L.finance;
  const f = serviceFinanceFields;
  return [
    { item, label: F.volumeGrowth, unit: 'annualRate', value: svc.volumeGrowth, name: N.svc(p, 'VolumeGrowth'), notes: F.notes.volumeGrowth, rule: numberRule(f.volumeGrowth, { percent: true }) },
    {
      item,
      label: F.productiveHours,
      unit: 'hoursPerMonth',
      value: svc.productiveHoursPerFte,
      name: N.svc(p, 'ProductiveHours'),
      notes: F.notes.productiveHours,
      rule: numberRule(f.productiveHoursPerFte),
    },
  ];
}

/** A segment's customer growth, after its contacts a year. */
export function segmentFinanceRow(ctx: Ctx, p: string, k: number, g: Segment): InputRow {
  const F = ctx.L.finance;
  return {
    item: g.name,
    label: F.customerGrowth,
    unit: 'annualRate',
    value: g.customerGrowth,
    name: N.seg(p, k, 'Growth'),
    notes: F.notes.customerGrowth,
    rule: numberRule(segmentFinanceFields.customerGrowth, { percent: true }),
  };
}

/** A cost line's accounting and depreciation life, after its other inputs. */
export function costFinanceRows(ctx: Ctx, p: string, i: number, l: CostLine): InputRow[] {
  const F = ctx.L.finance;
  const f = costLineFinanceFields;
  return [
    { item: l.label, label: F.accounting, unit: 'choice', value: l.accounting, name: N.cost(p, i, 'Accounting'), notes: F.notes.accounting, rule: choiceRule(f.accounting) },
    { item: l.label, label: F.life, unit: 'months', value: l.lifeMonths, name: N.cost(p, i, 'Life'), rule: numberRule(f.lifeMonths) },
  ];
}
