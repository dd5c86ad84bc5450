/** Step 1 figures: CLV, CLV/CAC, margin at risk, CLV per conversation, ranking. */
import { describe, expect, it } from 'vitest';
import { clv, clvPerConversation, marginAtRisk, ratio, segmentFigures } from '@shared/engine/segments';
import { segment } from '../../support/cases';
import { expectClose } from '../../support/close';

describe('segment figures', () => {
  it('CLV = ARPU × margin / churn; seed 000: a €5,000 customer with 10 contacts → €500 a conversation', () => {
    expectClose(clv(2400, 0.5, 0.12), 10_000);
    // CLV 5,000 over a 1-year life (churn 100%) with 10 contacts a year: 5,000 / 10 = 500.
    expectClose(clvPerConversation(5000, 10, 1), 500);
    // CLV 10,000, 10 contacts a year, churn 12%: lifetime contacts 10 / 0.12 = 83.3…, 10,000 / 83.3… = 120.
    expectClose(clvPerConversation(10_000, 10, 0.12), 120);
    expect(clvPerConversation(10_000, 0, 0.12)).toBeNull();
  });

  it('margin at risk = customers × churn × ARPU × margin, CLV/CAC, monthly contacts', () => {
    const rows = segmentFigures([
      segment({ id: 'small', customers: 100 }),
      segment({ id: 'big', customers: 1200 }),
      segment({ id: 'free', customers: 5000, arpu: 0, cac: 0 }),
    ]);
    const big = rows[1]!;
    expectClose(big.clv, 10_000);
    // 1,200 customers × 12% churn × 2,400 ARPU × 50% margin = 172,800 (not the whole annual margin, 1,440,000).
    expectClose(big.marginAtRisk, 172_800);
    expectClose(marginAtRisk({ customers: 1200, annualChurn: 0.12, arpu: 2400, grossMargin: 0.5 }), 172_800);
    expectClose(big.clvToCac, 10);
    expectClose(big.annualRevenue, 2_880_000);
    expectClose(big.monthlyContacts, 1000); // 1,200 × 10 / 12
    expect(rows.map((r) => r.rank)).toEqual([2, 1, 3]);
    // No CAC: the ratio does not exist (never Infinity).
    expect(rows[2]?.clvToCac).toBeNull();
  });

  it('ranks by margin at risk, not by annual margin: a big loyal segment risks less than a small leaky one', () => {
    const rows = segmentFigures([
      // Annual margin 500,000; 5% churn → 25,000 at risk.
      segment({ id: 'loyal', customers: 1000, arpu: 1000, grossMargin: 0.5, annualChurn: 0.05 }),
      // Annual margin 100,000; 50% churn → 50,000 at risk.
      segment({ id: 'leaky', customers: 1000, arpu: 200, grossMargin: 0.5, annualChurn: 0.5 }),
    ]);
    expectClose(rows[0]!.marginAtRisk, 25_000);
    expectClose(rows[1]!.marginAtRisk, 50_000);
    expect(rows.map((r) => r.rank)).toEqual([2, 1]);
  });

  it('ties keep the order they were entered in', () => {
    expect(segmentFigures([segment({ id: 'a' }), segment({ id: 'b' })]).map((r) => r.rank)).toEqual([1, 2]);
  });

  it('ratio is null for a zero or non-finite quotient', () => {
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(1e308, 1e-308)).toBeNull();
    expect(ratio(6, 3)).toBe(2);
  });
});
