import { describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { computeScenario } from '@shared/engine/compute';
import { breakEvens } from '@shared/risk/analyse';
import { buildRegister } from '@shared/risk/register';
import { tornado } from '@shared/risk/tornado';
import { Workspace } from '@shared/risk/workspace';
import { smallCase } from './small-case';

function analyse(c: Case) {
  const reg = buildRegister(c, 0, []);
  const ws = new Workspace(c, 0, reg);
  return breakEvens(ws, reg, tornado(ws, reg), reg.length);
}

/** The engine's NPV with the value at a JSON path (as the register prints it) replaced. */
function npvAt(c: Case, path: string, value: number): number {
  const copy = structuredClone(c) as unknown as Record<string, unknown>;
  const keys = path.slice(2).split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
  let o = copy;
  for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[keys[keys.length - 1] as string] = value;
  const cc = copy as unknown as Case;
  return computeScenario(cc, cc.scenarios[0] as Case['scenarios'][number], 0).npv;
}

describe('break-even', () => {
  it('finds the uplift of 4,000 / 60,000 = 6.67% at which NPV is zero, and the cost of 6,000', () => {
    const be = analyse(smallCase());
    const uplift = be.find((b) => b.key === 'revenueLines.rev_exp.uplift');
    expect(uplift?.value).toBeCloseTo(4000 / 60000, 12);
    expect(uplift?.distance).toBeCloseTo(4000 / 60000 - 0.1, 12);
    expect(be.find((b) => b.key === 'costLines.cost_oneOff_0.amount')?.value).toBeCloseTo(6000, 9);
  });

  it('substituted back into the engine, every break-even gives an NPV within 1e-6 of zero (discount rate 10%)', () => {
    const c = smallCase(0.1);
    const be = analyse(c).filter((b) => b.value !== null);
    expect(be.length).toBeGreaterThanOrEqual(5);
    for (const b of be) expect(Math.abs(npvAt(c, b.path, b.value as number))).toBeLessThan(1e-6);
  });

  it('says none when NPV does not cross zero in the field’s valid range: the discount rate from 0% to 100%', () => {
    // At 100% a year (5.95% a month) 12 × 500 is still worth about 4,213 against 4,000 up front.
    const be = analyse(smallCase(0.1));
    expect(be.find((b) => b.key === 'discountRate')?.value).toBeNull();
    expect(npvAt(smallCase(0.1), '$.discountRate', 1)).toBeGreaterThan(0);
  });
});
