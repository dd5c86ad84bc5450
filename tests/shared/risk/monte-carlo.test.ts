import { describe, expect, it } from 'vitest';
import { analyseRisk } from '@shared/risk/analyse';
import { MonteCarloRun, monteCarlo } from '@shared/risk/monte-carlo';
import { buildRegister } from '@shared/risk/register';
import { listAssumptions } from '@shared/risk/assumptions';
import { Workspace } from '@shared/risk/workspace';
import { range, smallCase } from './small-case';

describe('Monte Carlo', () => {
  it('gives identical output on two runs with the same seed, and different output with another seed', () => {
    const c = smallCase(0.1);
    const a = analyseRisk(c, 0, { seed: 2026, trials: 2000, ranges: [] });
    const b = analyseRisk(c, 0, { seed: 2026, trials: 2000, ranges: [] });
    expect(b).toEqual(a);
    expect(analyseRisk(c, 0, { seed: 2027, trials: 2000, ranges: [] }).npv).not.toEqual(a.npv);
  });

  it('gives the same numbers run in chunks (as the app’s worker does) as in one go', () => {
    const c = smallCase(0.1);
    const reg = buildRegister(c, 0, []);
    const whole = monteCarlo(new Workspace(c, 0, reg), reg, 5, 3000);
    const run = new MonteCarloRun(new Workspace(c, 0, reg), reg, 5, 3000);
    while (!run.finished) run.step(250);
    expect(run.result()).toEqual(whole);
  });

  it('has P50 and mean within stated bounds of the analytic values when NPV is linear in one input', () => {
    // Only the uplift varies, PERT(5%, 10%, 15%) = 5% + 10% × Beta(3, 3), symmetric: median and mean 10%.
    // NPV = 60,000·u − 4,000, so P50 = mean = 2,000. sd(u) = 10% × √(9/(36·7)) ≈ 1.89%, sd(NPV) ≈ 1,134;
    // standard error of the mean over 10,000 trials ≈ 11.3, of the median ≈ 60,000 × √(0.25/10,000)/f(10%)
    // with density f = 18.75 at the centre ≈ 16. Bounds: 5 standard errors.
    const c = smallCase(0);
    const fixed = listAssumptions(c, 0).map((a) => range(a.key, a.value, a.value));
    const ranges = [...fixed.filter((r) => r.key !== 'revenueLines.rev_exp.uplift'), range('revenueLines.rev_exp.uplift', 0.05, 0.15)];
    const r = analyseRisk(c, 0, { seed: 11, trials: 10_000, ranges });
    expect(Math.abs(r.npv.p50 - 2000)).toBeLessThan(5 * 16);
    expect(Math.abs(r.npv.mean - 2000)).toBeLessThan(5 * 11.3);
    // P(NPV > 0) = P(u > 1/15) = 1 − F(1/6) for Beta(3, 3), F(x) = 10x³ − 15x⁴ + 6x⁵: 0.964506.
    const x = 1 / 6;
    const p = 1 - (10 * x ** 3 - 15 * x ** 4 + 6 * x ** 5);
    expect(Math.abs(r.probabilityPositive - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / 10_000));
    // P10 ≤ P50 ≤ P90, every NPV within the range's image [−1,000, 5,000].
    expect(r.npv.p10).toBeLessThan(r.npv.p50);
    expect(r.npv.p50).toBeLessThan(r.npv.p90);
    expect(r.histogram[0]?.from).toBeGreaterThanOrEqual(-1000 - 1e-9);
    expect(r.histogram.at(-1)?.to).toBeLessThanOrEqual(5000 + 1e-9);
    expect(r.histogram.reduce((s, b) => s + b.count, 0)).toBe(10_000);
  });
});
