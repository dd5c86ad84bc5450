import { describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { computeScenario } from '@shared/engine/compute';
import { buildRegister } from '@shared/risk/register';
import { sortBars, tornado } from '@shared/risk/tornado';
import { Workspace } from '@shared/risk/workspace';
import { range, smallCase } from './small-case';

/** The engine's NPV of the small case with one field of the scenario's first item set. */
function engineNpv(c: Case, set: (c: Case) => void): number {
  const copy = structuredClone(c);
  set(copy);
  const s = copy.scenarios[0];
  if (!s) throw new Error('no scenario');
  return computeScenario(copy, s, 0).npv;
}

describe('tornado', () => {
  const c = smallCase();
  const reg = buildRegister(c, 0, [range('revenueLines.rev_exp.uplift', 0.05, 0.15)]);
  const bars = tornado(new Workspace(c, 0, reg), reg);
  const bar = (key: string) => bars.find((b) => b.key === key);

  it('puts the uplift at its low and high: NPV 60,000 × 5% − 4,000 = −1,000 and 60,000 × 15% − 4,000 = 5,000', () => {
    const b = bar('revenueLines.rev_exp.uplift');
    expect(b?.npvLow).toBeCloseTo(-1000, 9);
    expect(b?.npvHigh).toBeCloseTo(5000, 9);
    expect(b?.swing).toBeCloseTo(6000, 9);
    expect(b?.npvLow).toBeCloseTo(engineNpv(c, (x) => ((x.scenarios[0]?.revenueLines[0] as { uplift: number }).uplift = 0.05)), 9);
    expect(b?.npvHigh).toBeCloseTo(engineNpv(c, (x) => ((x.scenarios[0]?.revenueLines[0] as { uplift: number }).uplift = 0.15)), 9);
  });

  it('puts the cost at its default range −10%/+25%: 3,600 gives NPV 2,400, 5,000 gives NPV 1,000', () => {
    const b = bar('costLines.cost_oneOff_0.amount');
    expect([b?.low, b?.high]).toEqual([3600, 5000]);
    expect(b?.npvLow).toBeCloseTo(2400, 9);
    expect(b?.npvHigh).toBeCloseTo(1000, 9);
    expect(b?.npvHigh).toBeCloseTo(engineNpv(c, (x) => ((x.scenarios[0]?.costLines[0] as { amount: number }).amount = 5000)), 9);
  });

  it('sorts by swing: uplift (6,000), then customers, ARPU and margin (2,400 each, in case order), then the cost (1,400)', () => {
    expect(bars.slice(0, 5).map((b) => b.key)).toEqual([
      'revenueLines.rev_exp.uplift',
      'segments.seg_a.customers',
      'segments.seg_a.arpu',
      'segments.seg_a.grossMargin',
      'costLines.cost_oneOff_0.amount',
    ]);
  });

  it('sorts by payback swing when switched: the uplift moves payback from beyond the horizon (13) to month 6', () => {
    const b = bar('revenueLines.rev_exp.uplift');
    // 750 a month pays back 4,000 in month 6 (4,500); 250 a month never does within 12 months (3,000).
    expect([b?.paybackLow, b?.paybackHigh, b?.paybackSwing]).toEqual([null, 6, 7]);
    expect(sortBars(bars, 'payback')[0]?.key).toBe('revenueLines.rev_exp.uplift');
  });
});
