/** KPIs before and after, worked by hand (DOMAIN.md, "KPIs"). */
import { describe, expect, it } from 'vitest';
import { computeScenario } from '@shared/engine/compute';
import { caseOf, costLine, expansionLine, handleTimeLine, retentionLine, scenario, segment } from '../../support/cases';
import { expectClose } from '../../support/close';

// One segment: 1,200 customers, ARPU 2,400, margin 50%, churn 12%, CAC 1,000, 10 contacts a year → V = 1,000 a month.
// Service: assisted 13.50 a contact, AHT 10 minutes, 80% resolved, agent hour 40.
const s = scenario({
  segments: [segment()],
  revenueLines: [retentionLine({ churnReduction: 0.25, haircut: 0.2 }), expansionLine(0.05, { haircut: 0.1 })],
  savingLines: [handleTimeLine(1.5)],
  costLines: [costLine('recurring', 200, 1)],
  metrics: [{ metric: 'nps', ours: 20, market: 30, target: 35, competitors: [], source: '' }, { metric: 'aht', ours: 10, market: null, target: null, competitors: [], source: '' }],
});
const k = computeScenario(caseOf([s], { horizonMonths: 12 }), s).kpis;

/**
 * Revenue the retention line protects in month 12 (kept stock × ARPU / 12 × (1 − haircut)): saved
 * each month = 1,200 × 0.01 × 0.25 = 3 customers, kept(m) = kept(m−1) × 0.99 + 3, from month 1.
 */
let kept = 0;
for (let m = 1; m <= 12; m++) kept = kept * (1 - 0.12 / 12) + 1200 * (0.12 / 12) * 0.25;
const keptRevenueAtEnd = ((kept * 2400) / 12) * (1 - 0.2);

describe('KPIs before', () => {
  it('customers, revenue, ARPU, churn, retention, CLV, CLV/CAC, CLV per conversation', () => {
    expect(k.before.customers).toBe(1200);
    expectClose(k.before.annualRevenue, 2_880_000);
    expectClose(k.before.arpu, 2400);
    expectClose(k.before.churn, 0.12);
    expectClose(k.before.retention, 0.88);
    expectClose(k.before.clv, 10_000); // 2,400 × 0.5 / 0.12
    expectClose(k.before.clvToCac, 10);
    expectClose(k.before.clvPerConversation, 120); // 10,000 × 0.12 / 10
  });

  it('volume, agent hours, spend, cost per contact and per resolution, spend share, revenue per agent hour', () => {
    expectClose(k.before.contactsPerMonth, 1000);
    expectClose(k.before.assistedContactsPerMonth, 1000);
    expectClose(k.before.agentHoursPerMonth, 1000 * 10 / 60);
    expectClose(k.before.monthlySupportSpend, 13_500);
    expectClose(k.before.costPerContact, 13.5);
    expectClose(k.before.costPerResolution, 13_500 / 800);
    expectClose(k.before.supportSpendShareOfRevenue, (12 * 13_500) / 2_880_000); // 5.625%
    expectClose(k.before.revenuePerAgentHour, 2_880_000 / (12 * (1000 * 10) / 60)); // 1,440
  });
});

describe('KPIs after (last month, every line at its ramp and haircut)', () => {
  it('churn lowered by ρ × (1 − haircut), ARPU raised by uplift × (1 − haircut)', () => {
    // churn 0.12 × (1 − 0.25 × 0.8) = 0.096; ARPU 2,400 × (1 + 0.05 × 0.9) = 2,508
    expectClose(k.after.churn, 0.096);
    expectClose(k.after.arpu, 2508);
    expectClose(k.after.annualRevenue, 1200 * 2508 + 12 * keptRevenueAtEnd);
    expectClose(k.after.clv, (2508 * 0.5) / 0.096);
  });

  it('spend after = spend before − savings + recurring costs; hours at the shorter handle time', () => {
    // Handle-time saving: 1,000 × 1.5 / 60 × 40 = 1,000 a month. Spend: 13,500 − 1,000 + 200 = 12,700.
    expectClose(k.after.monthlySupportSpend, 12_700);
    expectClose(k.after.costPerContact, 12.7);
    expectClose(k.after.agentHoursPerMonth, (1000 * 8.5) / 60);
    expectClose(k.after.revenuePerAgentHour, (1200 * 2508 + 12 * keptRevenueAtEnd) / (12 * ((1000 * 8.5) / 60)));
  });

  it('a line still ramping in the last month counts at its ramp', () => {
    const slow = { ...s, revenueLines: [retentionLine({ churnReduction: 0.25, haircut: 0.2, startMonth: 7, rampMonths: 12 })] };
    // ramp(12) = (12 − 7 + 1)/12 = ½: churn 0.12 × (1 − 0.25 × 0.8 × ½) = 0.108
    expectClose(computeScenario(caseOf([slow]), slow).kpis.after.churn, 0.108);
  });

  it('satisfaction metrics: ours before, the target after (ours when there is no target)', () => {
    expect(k.metrics).toEqual([
      { metric: 'nps', before: 20, after: 35 },
      { metric: 'aht', before: 10, after: 10 },
    ]);
  });

  it('a scenario with no segments has no per-customer KPIs rather than NaN', () => {
    const empty = scenario();
    const e = computeScenario(caseOf([empty]), empty).kpis;
    expect(e.before.arpu).toBeNull();
    expect(e.before.clv).toBeNull();
    expect(e.before.costPerContact).toBeNull();
    expect(e.before.revenuePerAgentHour).toBeNull();
  });
});

describe('KPIs over several segments (the report says "weighted by customers")', () => {
  // 9,000 customers churning 5% and 1,000 churning 50%: weighted 9.5%; the plain mean would be 27.5%.
  const big = segment({ id: 'seg_big', name: 'Big', customers: 9000, annualChurn: 0.05, arpu: 1200 });
  const small = segment({ id: 'seg_small', name: 'Small', customers: 1000, annualChurn: 0.5, arpu: 1200 });
  const two = scenario({ segments: [big, small], revenueLines: [], savingLines: [], costLines: [], metrics: [] });
  const kk = computeScenario(caseOf([two], { horizonMonths: 12 }), two).kpis;

  it('averages churn and retention by customers, not segment by segment', () => {
    expectClose(kk.before.churn, (9000 * 0.05 + 1000 * 0.5) / 10_000);
    expectClose(kk.before.churn, 0.095);
    expect(Math.abs((kk.before.churn ?? 0) - (0.05 + 0.5) / 2)).toBeGreaterThan(0.1);
    expectClose(kk.before.retention, 0.905);
  });

  it('averages CLV by customers too', () => {
    // CLV = ARPU × margin / churn: 1,200 × 0.5 / 0.05 = 12,000 and 1,200 × 0.5 / 0.5 = 1,200.
    expectClose(kk.before.clv, (9000 * 12_000 + 1000 * 1200) / 10_000);
  });
});
