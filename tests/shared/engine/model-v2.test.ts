/**
 * Model v2 worked by hand (DOMAIN.md, "Model v2"): each addition on a case small enough that the
 * arithmetic is written in the test. Benefits come from an escalation line (escalations × hand-offs ×
 * minutes / 60 × €40 an hour) or an expansion line, so every figure is a product a reader can check.
 */
import { describe, expect, it } from 'vitest';
import { computeScenario } from '@shared/engine/compute';
import { caseOf, costLine, deflectionLine, escalationLine, expansionLine, handleTimeLine, moment, retentionLine, scenario, segment } from '../../support/cases';
import { expectAllClose, expectClose } from '../../support/close';

/** €100 a month of saved agent time: 150 escalations × 1 hand-off × 1 minute / 60 × €40. */
const hundredAMonth = escalationLine(150, 1, 1);

describe('capex, depreciation and tax', () => {
  it('a capex line is depreciated straight-line from the month it is paid, and what falls past the horizon is not in the case', () => {
    // €12,000 at month 7 with 10% contingency: K = 13,200; life 12 months → 1,100 a month over
    // months 7..18, of which only 7..12 lie in a 12-month horizon (6 × 1,100 = 6,600 depreciated).
    const capex = costLine('oneOff', 12_000, 7, 0.1, { accounting: 'capex', lifeMonths: 12 });
    const c = caseOf([scenario({ costLines: [capex] })], { horizonMonths: 12, taxRate: 0.25 });
    const r = computeScenario(c, c.scenarios[0]!);
    expectAllClose(r.taxFlows.depreciation, [0, 0, 0, 0, 0, 0, 0, 1100, 1100, 1100, 1100, 1100, 1100]);
    expectAllClose(r.taxFlows.capex, [0, 0, 0, 0, 0, 0, 0, 13_200, 0, 0, 0, 0, 0]);
    // Costs before tax are the capex as paid; the taxable result sees only the depreciation:
    // taxable = 0 − 0 − 1,100 → tax = 25% × −1,100 = −275 (a shield) in months 7..12.
    expectAllClose(r.costs, [0, 0, 0, 0, 0, 0, 0, 13_200, 0, 0, 0, 0, 0]);
    expectAllClose(r.taxFlows.tax, [0, 0, 0, 0, 0, 0, 0, -275, -275, -275, -275, -275, -275]);
    // Net = B − Opex − Capex − Tax: month 7: −13,200 + 275 = −12,925; months 8..12: +275.
    expectAllClose(r.net, [0, 0, 0, 0, 0, 0, 0, -12_925, 275, 275, 275, 275, 275]);
  });

  it('capex paid up front (month 0) is depreciated from month 1', () => {
    // €3,600, life 36 → €100 a month in months 1..36; a 24-month horizon holds 24 of them.
    const capex = costLine('oneOff', 3600, 0, 0, { accounting: 'capex', lifeMonths: 36 });
    const c = caseOf([scenario({ costLines: [capex] })], { horizonMonths: 24 });
    const dep = computeScenario(c, c.scenarios[0]!).taxFlows.depreciation;
    expect(dep[0]).toBe(0);
    expectAllClose(dep.slice(1), new Array<number>(24).fill(100));
  });

  it('a negative taxable month is a shield: tax below zero raises the net (the business offsets it elsewhere)', () => {
    // Opex: €5,000 up front and €1,000 a month; benefits from month 4: 300 escalations × 1 × 10 min / 60 × €40 = €2,000.
    // T = 30%. Month 0: Tax(0) = −30% × 5,000 = −1,500 → net −5,000 + 1,500 = −3,500.
    // Months 1–3: taxable −1,000 → tax −300 → net −1,000 + 300 = −700.
    // Month 4 on: taxable 2,000 − 1,000 = 1,000 → tax 300 → net 1,000 − 300 = 700.
    const s = scenario({
      savingLines: [escalationLine(300, 1, 10, { startMonth: 4 })],
      costLines: [costLine('oneOff', 5000, 0), costLine('recurring', 1000, 1)],
    });
    const c = caseOf([s], { horizonMonths: 12, taxRate: 0.3 });
    const r = computeScenario(c, s);
    expectAllClose(r.taxFlows.taxable, [-5000, -1000, -1000, -1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000, 1000]);
    expectAllClose(r.taxFlows.tax, [-1500, -300, -300, -300, 300, 300, 300, 300, 300, 300, 300, 300, 300]);
    expectAllClose(r.net, [-3500, -700, -700, -700, 700, 700, 700, 700, 700, 700, 700, 700, 700]);
    // The CLI's month rows carry the tax when a tax rate is set; costs stay before tax.
    expect(r.months[2]).toEqual({ month: 2, benefits: 0, costs: 1000, net: expect.closeTo(-700, 9), cumulative: expect.closeTo(-4900, 9), tax: expect.closeTo(-300, 9) });
    // ROI = NPV / PV(costs), PV(costs) before tax.
    expectClose(r.roi, r.npv / r.pvCosts);
  });
});

describe('year-end discounting (TEI)', () => {
  it('months 1–12 are discounted by (1 + r)^−1, months 13–24 by (1 + r)^−2, month 0 not at all', () => {
    // r = 10%: €100 a month for 24 months, €500 up front.
    // NPV = −500 + 12 × 100 / 1.1 + 12 × 100 / 1.21 = −500 + 1,090.909… + 991.735… = 1,582.644…
    const s = scenario({ savingLines: [hundredAMonth], costLines: [costLine('oneOff', 500, 0)] });
    const c = caseOf([s], { horizonMonths: 24, discounting: 'yearEnd' });
    const r = computeScenario(c, s);
    expect(r.discounting).toBe('yearEnd');
    expectAllClose(r.discountFactors, [1, ...new Array<number>(12).fill(1 / 1.1), ...new Array<number>(12).fill(1 / 1.21)]);
    expectClose(r.npv, -500 + 1200 / 1.1 + 1200 / 1.21);
    expectClose(r.pvBenefits, 1200 / 1.1 + 1200 / 1.21);
    // The same case discounted month by month: month 12 at (1.1)^(−12/12) too, but month 1 at (1.1)^(−1/12).
    const monthly = computeScenario({ ...c, discounting: 'monthly' }, s);
    expectClose(monthly.discountFactors[12], 1 / 1.1);
    expectClose(monthly.discountFactors[1], Math.pow(1.1, -1 / 12));
  });
});

describe('growth', () => {
  it('5% customer growth steps in month 13: customers, expansion, retention saves and the derived volume all grow by 5% from then', () => {
    // 1,200 customers, ARPU €2,400, 50% margin, 10 contacts a year, +5% a year.
    // Expansion 5%: 1,200 × 2,400 / 12 × 5% × 50% = €6,000 a month in year 1; 1,260 customers → €6,300 in year 2.
    // Derived V: 1,200 × 10 / 12 = 1,000 contacts a month; 1,050 in year 2, so G = 1.05 from month 13:
    // a 100-contact moment deflected at 30% gives 30 deflected contacts, then 31.5.
    const seg = segment({ customerGrowth: 0.05 });
    const s = scenario({
      segments: [seg],
      moments: [moment({ volume: 100, deflectionRate: 0.3 })],
      revenueLines: [expansionLine(0.05)],
      savingLines: [deflectionLine()],
    });
    const c = caseOf([s], { horizonMonths: 24 });
    const r = computeScenario(c, s);
    const expansion = r.lines.find((l) => l.kind === 'expansion')!;
    expectAllClose(expansion.value, [0, ...new Array<number>(12).fill(6000), ...new Array<number>(12).fill(6300)]);
    expectAllClose(r.volume.deflected, [0, ...new Array<number>(12).fill(30), ...new Array<number>(12).fill(31.5)]);
    // H(m) = V(m) − D(m): 1,000 − 30 = 970, then 1,050 − 31.5 = 1,018.5.
    expect(r.volume.assisted[12]).toBeCloseTo(970, 9);
    expect(r.volume.assisted[13]).toBeCloseTo(1018.5, 9);
    // Retention: saved(m) = customers(m) × churn / 12 × ρ: 1,200 × 1% × 25% = 3 a month in year 1, 3.15 in year 2;
    // the stock keeps churning at 1% a month: kept(13) = kept(12) × 0.99 + 3.15.
    const withRetention = { ...s, revenueLines: [retentionLine()] };
    const ret = computeScenario({ ...c, scenarios: [withRetention] }, withRetention).lines[0]!;
    const kept12 = (3 * (1 - Math.pow(0.99, 12))) / 0.01;
    const kept13 = kept12 * 0.99 + 3.15;
    expectClose(ret.value[13], ((kept13 * 2400) / 12) * 0.5);
  });

  it('an overridden baseline grows with volumeGrowth, and escalations follow G(m)', () => {
    // V = 2,000 a month (override), +10% a year → G = 1.1 in year 2; 150 escalations become 165:
    // €100 a month becomes €110.
    const s = scenario({ savingLines: [hundredAMonth] });
    s.service = { ...s.service, volumeOverride: 2000, volumeGrowth: 0.1 };
    const c = caseOf([s], { horizonMonths: 24 });
    expectAllClose(computeScenario(c, s).benefits, [0, ...new Array<number>(12).fill(100), ...new Array<number>(12).fill(110)]);
  });
});

describe('inflation', () => {
  it('cost inflation escalates a recurring cost once a year; a one-off stays at its nominal amount', () => {
    // €1,000 a month, +3% a year: 1,000 in year 1, 1,030 in year 2, 1,060.90 in year 3.
    // A €5,000 one-off in month 20 stays €5,000.
    const s = scenario({ costLines: [costLine('recurring', 1000, 1), costLine('oneOff', 5000, 20)] });
    const c = caseOf([s], { horizonMonths: 36, costInflation: 0.03 });
    const r = computeScenario(c, s);
    expectAllClose(r.lines[0]!.value, [0, ...new Array<number>(12).fill(1000), ...new Array<number>(12).fill(1030), ...new Array<number>(12).fill(1060.9)]);
    expect(r.lines[1]!.value[20]).toBe(5000);
  });

  it('wage inflation escalates the agent-hour cost and the assisted cost per contact', () => {
    // Handle time: V = 600 (override), ΔAHT 1 minute → 10 hours × €40 = €400; +4% → €416 in year 2.
    // Deflection: 100 contacts × 30% = 30 × (13.50 × 1.04 − 1.84) = 30 × 12.20 = €366 in year 2 (€349.80 in year 1).
    const s = scenario({ moments: [moment({ volume: 100, deflectionRate: 0.3 })], savingLines: [handleTimeLine(1), deflectionLine()] });
    s.service = { ...s.service, volumeOverride: 600 };
    const c = caseOf([s], { horizonMonths: 24, wageInflation: 0.04 });
    const r = computeScenario(c, s);
    // H = 600 − 30 = 570 → 570 / 60 × 40 = 380 in year 1; × 1.04 = 395.20 in year 2.
    expectClose(r.lines[0]!.value[12], 380);
    expectClose(r.lines[0]!.value[13], 395.2);
    expectClose(r.lines[1]!.value[12], 30 * (13.5 - 1.84));
    expectClose(r.lines[1]!.value[13], 30 * (13.5 * 1.04 - 1.84));
  });
});

describe('discounted payback, peak funding, months negative again', () => {
  it('the discounted payback comes later than the payback', () => {
    // €1,150 up front, €100 a month, year-end discounting at 10%.
    // Undiscounted: month 11: 1,100 − 1,150 < 0; month 12: 1,200 − 1,150 = 50 ≥ 0 → payback month 12.
    // Discounted: 12 × 100 / 1.1 = 1,090.91 < 1,150; month 13 adds 100 / 1.21 = 82.64 → 1,173.55 ≥ 1,150 → month 13.
    const s = scenario({ savingLines: [hundredAMonth], costLines: [costLine('oneOff', 1150, 0)] });
    const c = caseOf([s], { horizonMonths: 24, discounting: 'yearEnd' });
    const r = computeScenario(c, s);
    expect(r.paybackMonth).toBe(12);
    expect(r.discountedPaybackMonth).toBe(13);
    expectClose(r.discountedCumulative[12], -1150 + 1200 / 1.1);
    expectClose(r.discountedCumulative[13], -1150 + 1200 / 1.1 + 100 / 1.21);
  });

  it('peak funding is the deepest the cumulative goes, here after payback; the months negative again are listed', () => {
    // €1,000 up front, €200 a month, a €3,000 one-off in month 8.
    // Cumulative: m0 −1,000; m5 0 (payback month 5); m7 +400; m8 +600 − 3,000 = −2,400; then +200 a month:
    // m19 −200, m20 0. Peak funding = 2,400 (deeper than the 1,000 up front); negative in months 8..19.
    const s = scenario({ savingLines: [escalationLine(300, 1, 1)], costLines: [costLine('oneOff', 1000, 0), costLine('oneOff', 3000, 8)] });
    const c = caseOf([s], { horizonMonths: 24 });
    const r = computeScenario(c, s);
    expect(r.paybackMonth).toBe(5);
    expectClose(r.peakFunding, 2400);
    expect(r.negativeAfterPayback).toEqual([8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
  });

  it('peak funding is 0 (not −0) when the cumulative never dips, and discounted payback is null without costs', () => {
    const s = scenario({ savingLines: [hundredAMonth] });
    const r = computeScenario(caseOf([s]), s);
    expect(Object.is(r.peakFunding, 0)).toBe(true);
    expect(r.discountedPaybackMonth).toBeNull();
  });
});

describe('FTE equivalent', () => {
  it('hours saved = (D + A) × AHT / 60 + H × ΔAHT / 60 + escalation hours, over productive hours per FTE', () => {
    // V = 1,000 (override); a 600-contact moment deflected at 50% → D = 300; AHT 10 min → 50 h.
    // H = 1,000 − 300 = 700; ΔAHT 1 min → 700 / 60 = 11.667 h. Escalations: 120 × 1 × 30 min / 60 = 60 h.
    // Total 121.667 h / 120 h per FTE = 1.0139 FTE.
    const s = scenario({
      moments: [moment({ volume: 600, deflectionRate: 0.5 })],
      savingLines: [deflectionLine(), handleTimeLine(1), escalationLine(120, 1, 30)],
    });
    s.service = { ...s.service, volumeOverride: 1000 };
    const c = caseOf([s], { horizonMonths: 12 });
    const r = computeScenario(c, s);
    const hours = 50 + 700 / 60 + 60;
    expectClose(r.fte.hours[12], hours);
    expectClose(r.fte.atHorizon, hours / 120);
    expectClose(r.fte.lastYearAverage, hours / 120);
    // FTEs are a KPI: the NPV does not depend on productive hours.
    const s2 = { ...s, service: { ...s.service, productiveHoursPerFte: 160 } };
    const r2 = computeScenario(c, s2);
    expectClose(r2.fte.atHorizon, hours / 160);
    expect(r2.npv).toBe(r.npv);
  });
});
