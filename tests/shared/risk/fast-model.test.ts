/**
 * The fast trial path equals the engine: on random valid cases, and on the same cases with every
 * ranged assumption moved to a random point of its range, its NPV, ROI and payback month equal
 * computeScenario's to 1e-9 (relative to the size of the cash flows: PV benefits + PV costs).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { computeScenario } from '@shared/engine/compute';
import { buildRegister } from '@shared/risk/register';
import { Workspace } from '@shared/risk/workspace';
import { arbCaseWithScenario } from '../../support/arbitraries';

const TOL = 1e-9;

function expectSame(ws: Workspace): void {
  const c: Case = { ...ws.case, scenarios: [ws.scenario] };
  const r = computeScenario(c, ws.scenario, 0);
  const o = ws.evaluate();
  const scale = Math.max(1, r.pvBenefits + r.pvCosts);
  expect(Math.abs(o.npv - r.npv)).toBeLessThanOrEqual(TOL * scale);
  if (r.roi === null) expect(o.roi).toBeNull();
  else expect(Math.abs((o.roi ?? NaN) - r.roi)).toBeLessThanOrEqual(TOL * Math.max(1, Math.abs(r.roi)));
  if (o.paybackMonth !== r.paybackMonth) {
    // Only a cumulative net within rounding of zero may tip a month either way.
    const m = Math.min(o.paybackMonth ?? Infinity, r.paybackMonth ?? Infinity);
    expect(Math.abs(r.cumulative[m] ?? NaN)).toBeLessThanOrEqual(TOL * scale);
  }
}

const runs = (numRuns: number) => ({ numRuns, interruptAfterTimeLimit: 30_000, markInterruptAsFailure: true });

describe('fast trial path', () => {
  it('equals computeScenario on random cases using Model v2 finance depth (tax, capex, growth, inflation)', () => {
    fc.assert(
      fc.property(arbCaseWithScenario({ finance: true }), fc.double({ min: 0, max: 1, noNaN: true }), ({ c, index }, u) => {
        const reg = buildRegister(c, index, []);
        const ws = new Workspace(c, index, reg);
        expectSame(ws);
        reg.forEach((a, i) => ws.set(i, a.low + ((u * (i + 1.37)) % 1) * (a.high - a.low)));
        expectSame(ws);
      }),
      runs(150),
    );
  });

  it('equals computeScenario at the likely values on random cases', () => {
    fc.assert(
      fc.property(arbCaseWithScenario(), ({ c, index }) => {
        const reg = buildRegister(c, index, []);
        expectSame(new Workspace(c, index, reg));
      }),
      runs(200),
    );
  });

  it('equals computeScenario with every assumption moved within its range, trial after trial', () => {
    fc.assert(
      fc.property(arbCaseWithScenario(), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), ({ c, index }, us) => {
        const reg = buildRegister(c, index, []);
        const ws = new Workspace(c, index, reg);
        for (const u of us) {
          reg.forEach((a, i) => ws.set(i, a.low + ((u * (i + 1.37)) % 1) * (a.high - a.low)));
          expectSame(ws);
        }
      }),
      runs(200),
    );
  });
});
