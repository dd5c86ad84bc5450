import { describe, expect, it } from 'vitest';
import { discountFactors, monthlyRate, rampAt, rampSeries } from '@shared/engine/time';
import { expectAllClose, expectClose } from '../../support/close';

describe('ramp', () => {
  it('is 0 before the start month, then climbs linearly over R months to 1', () => {
    // start 3, R = 4: months 1, 2 → 0; month 3 → 1/4; 4 → 2/4; 5 → 3/4; 6 and later → 1.
    expect([1, 2, 3, 4, 5, 6, 7, 20].map((m) => rampAt(m, 3, 4))).toEqual([0, 0, 0.25, 0.5, 0.75, 1, 1, 1]);
  });

  it('is immediate when R = 0 and when R = 1', () => {
    expect([1, 2, 3].map((m) => rampAt(m, 2, 0))).toEqual([0, 1, 1]);
    expect([1, 2, 3].map((m) => rampAt(m, 2, 1))).toEqual([0, 1, 1]);
  });

  it('as a series covers months 0..H with month 0 always 0, and is all zeros for a disabled line', () => {
    // start 1, R = 3, H = 5: [m0 = 0, 1/3, 2/3, 1, 1, 1]
    expectAllClose(rampSeries(5, 1, 3), [0, 1 / 3, 2 / 3, 1, 1, 1]);
    expect(rampSeries(5, 1, 3, false)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('never starts when the start month lies beyond the horizon', () => {
    expect(rampSeries(12, 13, 0).every((x) => x === 0)).toBe(true);
  });
});

describe('discounting', () => {
  it('turns an annual rate into the equivalent monthly one: (1 + r)^(1/12) − 1', () => {
    // r = 10%: 1.1^(1/12) − 1 = 0.0079741404289…; twelve months compound back to 10%.
    expectClose(monthlyRate(0.1), Math.pow(1.1, 1 / 12) - 1);
    expectClose(Math.pow(1 + monthlyRate(0.1), 12) - 1, 0.1, 1e-12);
    expect(monthlyRate(0)).toBe(0);
  });

  it('gives DF(m) = (1 + rm)^(−m): DF(0) = 1, DF(6) = 1/√1.1, DF(12) = 1/1.1, DF(24) = 1/1.21', () => {
    const df = discountFactors(0.1, 24);
    expect(df).toHaveLength(25);
    expect(df[0]).toBe(1);
    expectClose(df[6], 1 / Math.sqrt(1.1));
    expectClose(df[12], 1 / 1.1);
    expectClose(df[24], 1 / 1.21);
    for (let m = 1; m <= 24; m++) expect(df[m]).toBeLessThan(df[m - 1] ?? 0);
  });

  it('does not discount at a 0% rate', () => {
    expect(discountFactors(0, 3)).toEqual([1, 1, 1, 1]);
  });
});
