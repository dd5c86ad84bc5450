import { describe, expect, it } from 'vitest';
import { annualIrr, annualise, cumulativeSum, monthlyIrr, paybackMonth, presentValue, yearCount, yearRow } from '@shared/engine/finance';
import { discountFactors, monthlyRate } from '@shared/engine/time';
import { expectAllClose, expectClose } from '../../support/close';

describe('present value and NPV', () => {
  it('discounts month by month and leaves month 0 undiscounted', () => {
    const rm = monthlyRate(0.1);
    const df = discountFactors(0.1, 2);
    // −100 + 50/(1+rm) + 60/(1+rm)²
    expectClose(presentValue([-100, 50, 60], df), -100 + 50 / (1 + rm) + 60 / (1 + rm) ** 2);
    // A year of 100 a month at 0%: 1,200; at 10%: Σ 100 × 1.1^(−m/12), m = 1..12.
    expect(presentValue(new Array(13).fill(100).fill(0, 0, 1), discountFactors(0, 12))).toBe(1200);
    let expected = 0;
    for (let m = 1; m <= 12; m++) expected += 100 * Math.pow(1.1, -m / 12);
    expectClose(presentValue([0, ...new Array(12).fill(100)], discountFactors(0.1, 12)), expected);
  });
});

describe('cumulative net and payback', () => {
  it('accumulates the net', () => {
    expect(cumulativeSum([-100, 30, 30, 40, 10])).toEqual([-100, -70, -40, 0, 10]);
  });

  it('is the first month ≥ 1 whose cumulative net is ≥ 0 (0 counts as paid back)', () => {
    expect(paybackMonth([-100, -70, -40, 0, 10])).toBe(3);
    expect(paybackMonth([-100, -50, 10, -5, 20])).toBe(2);
  });

  it('is null when the cumulative net never reaches 0', () => {
    expect(paybackMonth([-100, -90, -80])).toBeNull();
  });
});

describe('IRR', () => {
  it('flows −100, +110: monthly IRR 10%, annual 1.1^12 − 1 = 213.84%', () => {
    expectClose(monthlyIrr([-100, 110]), 0.1);
    expectClose(annualIrr([-100, 110]), Math.pow(1.1, 12) - 1);
    expectClose(annualise(0.1), 2.1384283767210035);
  });

  it('flows −100, 0, +121: 10% a month (1.1² = 1.21)', () => {
    expectClose(monthlyIrr([-100, 0, 121]), 0.1);
  });

  it('flows −100, +60, +60: the root of 60y² + 60y − 100 = 0 with y = 1/(1+irr)', () => {
    const y = (-60 + Math.sqrt(60 * 60 + 4 * 60 * 100)) / (2 * 60);
    expectClose(monthlyIrr([-100, 60, 60]), 1 / y - 1);
  });

  it('a losing investment has a negative IRR: −100, +45, +45 → (−45 + √(45² + 4·45·100)) / 90 = y', () => {
    const y = (-45 + Math.sqrt(45 * 45 + 4 * 45 * 100)) / (2 * 45);
    const irr = monthlyIrr([-100, 45, 45]);
    expectClose(irr, 1 / y - 1);
    expect(irr).toBeLessThan(0);
  });

  it('with two roots (−100, +230, −132: 10% and 20%), the one nearest zero', () => {
    // −100u² + 230u − 132 = 0 with u = 1 + irr → u = (230 ± 10) / 200 → 1.1 or 1.2.
    expectClose(monthlyIrr([-100, 230, -132]), 0.1);
  });

  it('does not exist when the flows never change sign', () => {
    expect(monthlyIrr([100, 10, 10])).toBeNull();
    expect(monthlyIrr([-100, -10])).toBeNull();
    expect(monthlyIrr([0, 0, 0])).toBeNull();
    expect(annualIrr([0, 0])).toBeNull();
  });

  it('is 0 when the flows sum to zero undiscounted', () => {
    expectClose(monthlyIrr([-100, 50, 50]), 0, 1e-9);
  });

  it('puts the NPV of a long series at its IRR to zero', () => {
    const flows = [-50_000, ...Array.from({ length: 36 }, (_, m) => 1_000 + 100 * m)];
    const irr = monthlyIrr(flows);
    expect(irr).not.toBeNull();
    const npv = flows.reduce((a, x, m) => a + x / Math.pow(1 + (irr ?? 0), m), 0);
    expect(Math.abs(npv)).toBeLessThan(1e-6);
  });
});

describe('TEI year table', () => {
  it('has Initial, Year 1..n, Total and PV columns', () => {
    expect(yearCount(12)).toBe(1);
    expect(yearCount(13)).toBe(2);
    expect(yearCount(36)).toBe(3);
    // H = 18: Initial = m0, Year 1 = m1..12, Year 2 = m13..18, Total, PV.
    const series = Array.from({ length: 19 }, (_, m) => (m === 0 ? -500 : m));
    const df = discountFactors(0.1, 18);
    const row = yearRow(series, df);
    const y1 = (12 * 13) / 2; // 1 + … + 12 = 78
    const y2 = 13 + 14 + 15 + 16 + 17 + 18; // 93
    let pv = -500;
    for (let m = 1; m <= 18; m++) pv += m * Math.pow(1.1, -m / 12);
    expectAllClose(row, [-500, y1, y2, -500 + y1 + y2, pv]);
  });
});
