/**
 * Properties of Model v2 over random valid cases with every finance field drawn (growth, inflation,
 * tax, capex, year-end discounting). The v1-parity properties live in v1-parity.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { parseCase } from '@shared/case/validate';
import { computeCase, computeScenario } from '@shared/engine/compute';
import { presentValue } from '@shared/engine/finance';
import { arbCase, arbCaseWithScenario } from '../../support/arbitraries';
import { caseOf, costLine, escalationLine, scenario } from '../../support/cases';

const runs = (numRuns: number) => ({ numRuns, interruptAfterTimeLimit: 20_000, markInterruptAsFailure: true });
const tol = (x: number) => 1e-9 * Math.max(1, Math.abs(x));

function nonFinite(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} = ${value}`);
  } else if (Array.isArray(value)) value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) nonFinite(v, `${path}.${k}`, out);
  return out;
}

const withTax = (c: Case, taxRate: number): Case => ({ ...c, taxRate });

describe('Model v2 properties', () => {
  it('generated cases with every finance field drawn are valid and compute finite numbers everywhere, even at the schema bounds', () => {
    fc.assert(
      fc.property(arbCase({ finance: true, extremes: true }), (c) => {
        expect(parseCase(c).ok).toBe(true);
        expect(nonFinite(computeCase(c))).toEqual([]);
      }),
      runs(80),
    );
  }, 120_000);

  it('a higher tax rate never raises the NPV of a case whose taxable result is positive every month', () => {
    // Built so taxable(m) = B − Opex − Dep ≥ 0 every month: benefits b a month from month 1, capex K
    // with K / L ≤ b / 2, recurring opex ≤ b / 2 (no month-0 opex, whose −Opex(0) would be a shield).
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 6000 }),
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 1, max: 100 }),
        fc.constantFrom('monthly' as const, 'yearEnd' as const),
        (escalations, life, capexShare, opexShare, t1, dt, discounting) => {
          const b = escalations * (40 / 60); // escalations × 1 hand-off × 1 minute / 60 × €40
          const K = ((b / 2) * life * capexShare) / 100;
          const s = scenario({
            savingLines: [escalationLine(escalations, 1, 1)],
            costLines: [costLine('oneOff', K, 0, 0, { accounting: 'capex', lifeMonths: life }), costLine('recurring', ((b / 2) * opexShare) / 100, 1)],
          });
          const c = caseOf([s], { horizonMonths: 36, discounting });
          const low = computeScenario(withTax(c, t1 / 100), s);
          expect(low.taxFlows.taxable.every((x) => x >= -tol(b))).toBe(true);
          const high = computeScenario(withTax(c, Math.min(1, (t1 + dt) / 100)), s);
          expect(high.npv).toBeLessThanOrEqual(low.npv + tol(low.npv));
        },
      ),
      runs(150),
    );
  });

  it('on any case the NPV falls with the tax rate exactly as fast as the PV of the taxable result (so never rises while that PV is ≥ 0)', () => {
    fc.assert(
      fc.property(arbCaseWithScenario({ finance: true }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 100 }), ({ c, index }, t1, dt) => {
        const s = c.scenarios[index]!;
        const a = computeScenario(withTax(c, t1 / 100), s);
        const b = computeScenario(withTax(c, Math.min(1, (t1 + dt) / 100)), s);
        const pvTaxable = presentValue(a.taxFlows.taxable, a.discountFactors);
        const expected = a.npv - (Math.min(1, (t1 + dt) / 100) - t1 / 100) * pvTaxable;
        expect(Math.abs(b.npv - expected)).toBeLessThanOrEqual(1e-7 * Math.max(1, Math.abs(a.npv), Math.abs(pvTaxable)));
        if (pvTaxable >= 0) expect(b.npv).toBeLessThanOrEqual(a.npv + tol(a.npv));
      }),
      runs(100),
    );
  });

  it('more wage inflation never lowers the value of deflection, in any month', () => {
    fc.assert(
      fc.property(arbCaseWithScenario({ finance: true }), fc.integer({ min: -50, max: 99 }), fc.integer({ min: 1, max: 50 }), ({ c, index }, w1, dw) => {
        const s = c.scenarios[index]!;
        const deflection = (wage: number) => computeScenario({ ...c, wageInflation: wage / 100 }, s).lines.find((l) => l.kind === 'deflection');
        const low = deflection(w1);
        const high = deflection(Math.min(100, w1 + dw));
        if (!low || !high) return;
        low.value.forEach((x, m) => expect(high.value[m]!).toBeGreaterThanOrEqual(x - tol(x)));
      }),
      runs(100),
    );
  });

  it('ROI = NPV / PV(costs), and the discounted cumulative ends at the NPV', () => {
    fc.assert(
      fc.property(arbCaseWithScenario({ finance: true }), ({ c, index }) => {
        const r = computeScenario(c, c.scenarios[index]!);
        if (r.roi !== null) expect(Math.abs(r.roi - r.npv / r.pvCosts)).toBeLessThanOrEqual(tol(r.roi));
        expect(Math.abs((r.discountedCumulative[r.horizon] ?? 0) - r.npv)).toBeLessThanOrEqual(1e-9 * Math.max(1, r.pvBenefits, r.pvCosts));
        expect(r.peakFunding).toBeGreaterThanOrEqual(0);
        if (r.paybackMonth !== null && r.discountedPaybackMonth !== null && r.discountFactors.every((d) => d <= 1))
          expect(r.discountedPaybackMonth).toBeGreaterThanOrEqual(r.paybackMonth);
      }),
      runs(100),
    );
  });
});
