/**
 * Model v2's rates in the register, worked by hand on the small case (one segment, an expansion line
 * worth 500 a month, a one-off cost of 4,000 in month 0, discount rate 0):
 * - tax rate T: month 0 is a shield of T × 4,000, months 1–12 pay T × 500, so NPV(T) = 2,000 × (1 − T);
 *   at T = 25% the default range ±20% is 20%–30%: NPV 1,600 and 1,400; NPV = 0 at T = 100%;
 * - customer growth g over 24 months (stepped once a year): year 2 earns 6,000 × (1 + g), so
 *   NPV(g) = 8,000 + 6,000 g; at g = 10% the range 8%–12% gives 8,480 and 8,720.
 * Each equals the engine run with the value set, and a Monte Carlo that samples the tax rate equals,
 * trial by trial, the engine on the same draws (the workspace leaves the compiled v1 path for those).
 */
import { describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { computeScenario } from '@shared/engine/compute';
import { breakEvens } from '@shared/risk/analyse';
import { listAssumptions } from '@shared/risk/assumptions';
import { monteCarlo } from '@shared/risk/monte-carlo';
import { pert, samplePert } from '@shared/risk/pert';
import { createPrng } from '@shared/risk/prng';
import { buildRegister } from '@shared/risk/register';
import { summarise } from '@shared/risk/stats';
import { tornado } from '@shared/risk/tornado';
import { Workspace } from '@shared/risk/workspace';
import { range, smallCase } from './small-case';

function engineNpv(c: Case, set: (c: Case) => void): number {
  const copy = structuredClone(c);
  set(copy);
  return computeScenario(copy, copy.scenarios[0]!, 0).npv;
}

describe('Model v2 rates in the risk register', () => {
  it('lists tax, inflation and customer growth always, and volume growth only with an overridden baseline', () => {
    const c = smallCase();
    const keys = listAssumptions(c, 0).map((a) => a.key);
    expect(keys).toEqual(expect.arrayContaining(['taxRate', 'wageInflation', 'costInflation', 'segments.seg_a.customerGrowth']));
    expect(keys).not.toContain('service.volumeGrowth');
    c.scenarios[0]!.service.volumeOverride = 1000;
    const withOverride = listAssumptions(c, 0);
    expect(withOverride.find((a) => a.key === 'service.volumeGrowth')?.path).toBe('$.scenarios[0].service.volumeGrowth');
    expect(withOverride.find((a) => a.key === 'taxRate')?.path).toBe('$.taxRate');
  });

  it('gives growth and inflation the ±20% rule, clipped to −50%…+100% a year; a rate at 0 keeps a zero-width range', () => {
    const c = smallCase();
    c.wageInflation = -0.1;
    c.costInflation = 0.9;
    const reg = buildRegister(c, 0, []);
    const of = (key: string) => reg.find((a) => a.key === key)!;
    expect(of('wageInflation').low).toBeCloseTo(-0.12, 12);
    expect(of('wageInflation').high).toBeCloseTo(-0.08, 12);
    expect([of('costInflation').low, of('costInflation').high]).toEqual([0.9 * 0.8, 1]);
    expect([of('taxRate').low, of('taxRate').high]).toEqual([0, 0]);
  });

  it('tornado and break-even on the tax rate: NPV 1,600 at 20%, 1,400 at 30%, zero at 100%', () => {
    const c = smallCase();
    c.taxRate = 0.25;
    const reg = buildRegister(c, 0, []);
    const ws = new Workspace(c, 0, reg);
    const bars = tornado(ws, reg);
    const bar = bars.find((b) => b.key === 'taxRate')!;
    expect([bar.low, bar.high]).toEqual([0.2, 0.3]);
    expect(bar.npvLow).toBeCloseTo(1600, 9);
    expect(bar.npvHigh).toBeCloseTo(1400, 9);
    expect(bar.npvLow).toBeCloseTo(engineNpv(c, (x) => (x.taxRate = 0.2)), 9);
    expect(bar.npvHigh).toBeCloseTo(engineNpv(c, (x) => (x.taxRate = 0.3)), 9);
    const be = breakEvens(ws, reg, bars, bars.length).find((b) => b.key === 'taxRate')!;
    expect(be.value).not.toBeNull();
    expect(be.value!).toBeCloseTo(1, 6);
    expect(Math.abs(engineNpv(c, (x) => (x.taxRate = be.value!)))).toBeLessThan(1e-6);
    // After the search the workspace is back at the likely tax rate and the v1 figures.
    expect(ws.evaluate().npv).toBeCloseTo(1500, 9);
  });

  it('tornado on customer growth over 24 months: NPV 8,480 at 8%, 8,720 at 12%', () => {
    const c = smallCase();
    c.horizonMonths = 24;
    c.scenarios[0]!.segments[0]!.customerGrowth = 0.1;
    const reg = buildRegister(c, 0, []);
    const bar = tornado(new Workspace(c, 0, reg), reg).find((b) => b.key === 'segments.seg_a.customerGrowth')!;
    expect(bar.npvLow).toBeCloseTo(8480, 9);
    expect(bar.npvHigh).toBeCloseTo(8720, 9);
    expect(bar.npvHigh).toBeCloseTo(engineNpv(c, (x) => (x.scenarios[0]!.segments[0]!.customerGrowth = 0.12)), 9);
  });

  it('samples a tax range in the Monte Carlo: every trial equals the engine on the same draws', () => {
    // Likely 0 (the v1 path) with a range up to 40%: most trials leave the v1 defaults.
    const c = smallCase();
    const reg = buildRegister(c, 0, [range('taxRate', 0, 0.4)]);
    const trials = 400;
    const mc = monteCarlo(new Workspace(c, 0, reg), reg, 99, trials);
    const rng = createPrng(99);
    const dists = reg.map((a) => pert(a.low, a.value, a.high));
    const npv = new Float64Array(trials);
    let taxed = 0;
    for (let t = 0; t < trials; t++) {
      const copy = structuredClone(c);
      const s = copy.scenarios[0]!;
      reg.forEach((a, i) => {
        const v = samplePert(rng, dists[i]!);
        const holder: object = a.group === 'case' ? copy : a.group === 'service' ? s.service : s[a.group][a.index ?? 0]!;
        Reflect.set(holder, a.field, v);
      });
      if (copy.taxRate > 0) taxed++;
      npv[t] = computeScenario(copy, s, 0).npv;
    }
    expect(taxed).toBeGreaterThan(trials * 0.9);
    const want = summarise(npv);
    for (const q of ['p10', 'p50', 'p90', 'mean'] as const) expect(Math.abs(mc.npv[q] - want[q])).toBeLessThan(1e-9 * Math.max(1, Math.abs(want[q])));
  });
});
