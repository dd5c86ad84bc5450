import { describe, expect, it } from 'vitest';
import { parseCase } from '@shared/case/validate';
import { listAssumptions } from '@shared/risk/assumptions';
import { defaultRange } from '@shared/risk/defaults';
import { buildRegister } from '@shared/risk/register';
import { caseOf, costLine, deflectionLine, moment, scenario, segment } from '../../support/cases';
import { range } from './small-case';

const c = caseOf([
  scenario({
    segments: [segment({ grossMargin: 0.9 })],
    moments: [moment({ deflectionRate: 0.3, aiResolutionRate: 0.5 }), moment({ id: 'mom_b', name: 'Moment B', deflectionRate: 0.5 })],
    savingLines: [deflectionLine({ haircut: 0.15 })],
    costLines: [costLine('recurring', 1000, 1)],
  }),
]);
const byKey = (key: string) => {
  const a = listAssumptions(c, 0).find((x) => x.key === key);
  if (!a) throw new Error(`no ${key}`);
  return a;
};

describe('assumption register', () => {
  it('uses the published range where it holds the likely value: deflection 30% in 0–40%, haircut 15% in 10–20%', () => {
    expect(defaultRange(byKey('moments.mom_a.deflectionRate'))).toEqual({ low: 0, high: 0.4, figure: 'deflectionRate' });
    expect(defaultRange(byKey('savingLines.sav_defl.haircut'))).toEqual({ low: 0.1, high: 0.2, figure: 'haircut' });
  });

  it('falls back to ±20% when the likely value is outside the published range (deflection 50%)', () => {
    const r = defaultRange(byKey('moments.mom_b.deflectionRate'));
    expect([r.low, r.high, r.figure]).toEqual([0.4, 0.6, null]);
  });

  it('clips rates to 100%: a margin of 90% ranges 72%–100%, not 108%', () => {
    const r = defaultRange(byKey('segments.seg_a.grossMargin'));
    expect(r.low).toBeCloseTo(0.72, 12);
    expect(r.high).toBe(1);
  });

  it('ranges costs −10%/+25%: 1,000 a month → 900 to 1,250', () => {
    expect(defaultRange(byKey('costLines.cost_recurring_1.amount'))).toEqual({ low: 900, high: 1250, figure: null });
  });

  it('names each assumption by the JSON path validate prints for a bad value there', () => {
    for (const a of listAssumptions(c, 0)) {
      const doc = structuredClone(c) as unknown as Record<string, unknown>;
      const keys = a.path.slice(2).split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
      let o = doc;
      for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
      o[keys[keys.length - 1] as string] = -1;
      const r = parseCase(doc);
      expect(r.ok ? [] : r.problems.map((p) => p.path)).toContain(a.path);
    }
  });

  it('widens a stored range that no longer holds the likely value, within the field’s valid range', () => {
    const reg = buildRegister(c, 0, [range('moments.mom_a.deflectionRate', 0.35, 0.45)]);
    const a = reg.find((x) => x.key === 'moments.mom_a.deflectionRate');
    expect([a?.low, a?.high, a?.isDefault]).toEqual([0.3, 0.45, false]);
  });
});
