/** Calendar months, case years, the yearly step and fiscal years (DOMAIN.md, "Calendar"). */
import { describe, expect, it } from 'vitest';
import { calendarMonthOf, caseYear, fiscalPeriods, periodRow, yearlyStep } from '@shared/engine/calendar';
import { computeScenario } from '@shared/engine/compute';
import { caseOf, costLine, escalationLine, scenario } from '../../support/cases';
import { expectAllClose } from '../../support/close';

describe('calendar', () => {
  it('case year y(m) = ceil(m / 12); month 0 is before year 1', () => {
    expect([0, 1, 12, 13, 24, 25, 120].map(caseYear)).toEqual([0, 1, 1, 2, 2, 3, 10]);
  });

  it('the yearly step is (1 + g)^(y(m) − 1): ones in year 1, then once a year; exact ones for g = 0', () => {
    const step = yearlyStep(0.1, 25);
    expect(step.slice(0, 13)).toEqual(new Array<number>(13).fill(1));
    expectAllClose(step.slice(13, 25), new Array<number>(12).fill(1.1));
    expect(step[25]).toBeCloseTo(1.21, 12);
    expect(yearlyStep(0, 120).every((x) => x === 1)).toBe(true);
  });

  it('month 1 is the start month; months roll over the year end', () => {
    expect(calendarMonthOf('2027-03', 1)).toEqual({ year: 2027, month: 3 });
    expect(calendarMonthOf('2027-11', 3)).toEqual({ year: 2028, month: 1 });
    expect(calendarMonthOf('2027-01', 24)).toEqual({ year: 2028, month: 12 });
  });

  it('fiscal years are named by the year they end in; a partial first and last year are marked', () => {
    // Start March 2027, fiscal year from April: March 2027 closes FY2027 (1 month, partial);
    // April 2027 – March 2028 is FY2028 (months 2–13); April 2028 – January 2029 is FY2029 (months 14–23, partial).
    expect(fiscalPeriods('2027-03', 4, 23)).toEqual([
      { fiscalYear: 2027, firstMonth: 1, lastMonth: 1, partial: true },
      { fiscalYear: 2028, firstMonth: 2, lastMonth: 13, partial: false },
      { fiscalYear: 2029, firstMonth: 14, lastMonth: 23, partial: true },
    ]);
    // A January fiscal year starting in January: the case years.
    expect(fiscalPeriods('2026-01', 1, 24).map((p) => [p.fiscalYear, p.firstMonth, p.lastMonth, p.partial])).toEqual([
      [2026, 1, 12, false],
      [2027, 13, 24, false],
    ]);
  });

  it('a period row is [initial, each period, total, PV]', () => {
    const periods = fiscalPeriods('2027-03', 4, 4);
    // Months 0..4 = 10, 1, 2, 3, 4; FY2027 = month 1; FY2028 = months 2–4; DF all 1.
    expect(periodRow([10, 1, 2, 3, 4], [1, 1, 1, 1, 1], periods)).toEqual([10, 1, 9, 20, 20]);
  });

  it('the result carries the year table by fiscal year, with the same total and PV as by case year', () => {
    const s = scenario({ savingLines: [escalationLine(150, 1, 1)], costLines: [costLine('oneOff', 500, 0)] });
    const c = caseOf([s], { horizonMonths: 24, startMonth: '2027-07', fiscalYearStartMonth: 1 });
    const r = computeScenario(c, s);
    // July 2027 – December 2027 (6 months), 2028 (12), January – June 2029 (6): €100 a month.
    expect(r.fiscalYears.columns).toEqual(['initial', 'fy2027', 'fy2028', 'fy2029', 'total', 'pv']);
    expect(r.fiscalYears.periods.map((p) => p.partial)).toEqual([true, false, true]);
    expectAllClose(r.fiscalYears.net.slice(0, 5), [-500, 600, 1200, 600, 1900]);
    expect(r.fiscalYears.net[5]).toBeCloseTo(r.years.net[r.years.net.length - 1]!, 9);
  });
});
