import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCase } from '@shared/case/validate';
import { arbCase, arbCaseWithScenario, generateCase, generateCases, generateLargeCase } from './arbitraries';

describe('test-data generators', () => {
  it('random cases are valid, ordinary and extreme', () => {
    for (const extremes of [false, true])
      fc.assert(
        fc.property(arbCase({ extremes }), (c) => {
          const r = parseCase(c);
          expect(r.ok ? [] : r.problems).toEqual([]);
        }),
        { numRuns: 150 },
      );
  });

  it('a random case with a scenario index points at one of its scenarios', () => {
    fc.assert(fc.property(arbCaseWithScenario(), ({ c, index }) => index >= 0 && index < c.scenarios.length), { numRuns: 50 });
  });

  it('generated cases are valid and the same for the same seed', () => {
    const cases = generateCases(20);
    expect(new Set(cases.map((c) => JSON.stringify(c))).size).toBe(20);
    for (const c of cases) expect(parseCase(c).ok).toBe(true);
    expect(generateCase(7)).toEqual(generateCase(7));
    expect(generateCase(7)).not.toEqual(generateCase(8));
  });

  it('the large case has the requested sizes and every kind of line', () => {
    const c = generateLargeCase({ segments: 20, moments: 30, horizon: 120 });
    expect(parseCase(c).ok).toBe(true);
    expect(c.horizonMonths).toBe(120);
    for (const s of c.scenarios) {
      expect(s.segments).toHaveLength(20);
      expect(s.moments).toHaveLength(30);
      const kinds = new Set([...s.revenueLines, ...s.savingLines, ...s.costLines].map((l) => l.kind));
      expect([...kinds].sort()).toEqual(['acquisition', 'ai', 'deflection', 'escalation', 'expansion', 'handleTime', 'oneOff', 'recurring', 'retention']);
    }
    expect(generateLargeCase()).toEqual(c);
  });

  it('rejects impossible shapes', () => {
    expect(() => generateCase(1, { horizon: [6, 12] })).toThrow(/horizon/);
    expect(() => generateCase(1, { segments: [3, 1] })).toThrow(/segments/);
  });
});
