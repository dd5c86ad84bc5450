/**
 * Model months as calendar months in the reader's language ("Mar 2027", "mar 2027"), and fiscal-year
 * column headings. The calendar arithmetic is the engine's (shared/engine/calendar.ts).
 */
import { calendarMonthOf, type FiscalPeriod } from '@shared/engine/calendar';

type T = (key: string, vars?: Record<string, unknown>) => string;

/** Month m ≥ 1 as "Mar 2027"; month 0 (up-front costs) as "Up front". */
export function monthLabel(t: T, startMonth: string, m: number): string {
  if (m <= 0) return t('finance.upFront');
  const cm = calendarMonthOf(startMonth, m);
  return t('finance.monthYear', { month: t(`finance.months.m${cm.month}`), year: String(cm.year) });
}

/** "FY2028", or "FY2027 (partial)" for a fiscal year the horizon only partly covers. */
export function fiscalYearLabel(t: T, p: FiscalPeriod): string {
  return t(p.partial ? 'finance.fiscalYearPartial' : 'finance.fiscalYear', { n: String(p.fiscalYear) });
}
