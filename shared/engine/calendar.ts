/**
 * Model v2's calendar (DOMAIN.md, "Calendar", "Growth", "Inflation"): case years, the yearly step
 * that growth and inflation follow, calendar months, and fiscal years.
 */

/** Case year of month m: y(m) = ceil(m / 12) for m ≥ 1; month 0 (up front) is year 0. */
export function caseYear(m: number): number {
  return m <= 0 ? 0 : Math.ceil(m / 12);
}

/**
 * (1 + rate)^(y(m) − 1) for m = 0..H: an annual rate applied once a year, the first case year at
 * 1. Month 0 is at 1 too (nothing before the start is escalated). A zero rate gives exact ones, so
 * a case at its defaults multiplies by 1 and keeps its format-1 figures bit for bit.
 */
export function yearlyStep(rate: number, horizon: number): number[] {
  const out = new Array<number>(horizon + 1).fill(1);
  if (rate === 0) return out;
  for (let m = 13; m <= horizon; m++) out[m] = Math.pow(1 + rate, caseYear(m) - 1);
  return out;
}

export interface CalendarMonth {
  year: number;
  /** 1 = January. */
  month: number;
}

/** Parses 'YYYY-MM' (the schema has checked it); a malformed value reads as January 2026. */
export function parseCalendarMonth(ym: string): CalendarMonth {
  const match = /^(\d{4})-(\d{2})$/.exec(ym);
  const year = match ? Number(match[1]) : 2026;
  const month = match ? Number(match[2]) : 1;
  return { year, month: month >= 1 && month <= 12 ? month : 1 };
}

/** The calendar month of model month m ≥ 1 (month 1 is the start month); month 0 is the one before. */
export function calendarMonthOf(start: string, m: number): CalendarMonth {
  const s = parseCalendarMonth(start);
  const index = s.year * 12 + (s.month - 1) + (m - 1);
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** A fiscal year is named by the calendar year it ends in (FY2027); with a January start, the calendar year. */
export function fiscalYearOf(cm: CalendarMonth, fiscalYearStartMonth: number): number {
  return fiscalYearStartMonth === 1 || cm.month < fiscalYearStartMonth ? cm.year : cm.year + 1;
}

export interface FiscalPeriod {
  /** The year the fiscal year ends in (FY2027). */
  fiscalYear: number;
  firstMonth: number;
  lastMonth: number;
  /** Fewer than 12 of its months lie within the horizon: a partial first or last fiscal year. */
  partial: boolean;
}

/** The fiscal years months 1..H fall in, in order. */
export function fiscalPeriods(start: string, fiscalYearStartMonth: number, horizon: number): FiscalPeriod[] {
  const out: FiscalPeriod[] = [];
  for (let m = 1; m <= horizon; m++) {
    const fy = fiscalYearOf(calendarMonthOf(start, m), fiscalYearStartMonth);
    const last = out[out.length - 1];
    if (last && last.fiscalYear === fy) last.lastMonth = m;
    else out.push({ fiscalYear: fy, firstMonth: m, lastMonth: m, partial: false });
  }
  for (const p of out) p.partial = p.lastMonth - p.firstMonth + 1 < 12;
  return out;
}

/**
 * A cash-flow row by fiscal year: [Initial (month 0), FY 1..n, Total, Present value], the same
 * shape as the case-year row (finance.ts yearRow) with fiscal periods for columns.
 */
export function periodRow(series: readonly number[], df: readonly number[], periods: readonly FiscalPeriod[]): number[] {
  const row = new Array<number>(periods.length + 3);
  const first = series[0] ?? 0;
  row[0] = first;
  let total = first;
  let pv = first * (df[0] ?? 0);
  periods.forEach((p, i) => {
    let sum = 0;
    for (let m = p.firstMonth; m <= p.lastMonth; m++) {
      const v = series[m] ?? 0;
      sum += v;
      pv += v * (df[m] ?? 0);
    }
    row[i + 1] = sum;
    total += sum;
  });
  row[periods.length + 1] = total;
  row[periods.length + 2] = pv;
  return row;
}
