/** Step 3 read by the engine: best competitor, gap to best and to target, direction-aware. */
import { describe, expect, it } from 'vitest';
import { computeScenario } from '@shared/engine/compute';
import { levelAgainstBest } from '@shared/engine/benchmarks';
import { caseOf, scenario } from '../../support/cases';

const s = scenario({
  competitors: [
    { id: 'c1', name: 'Globex', notes: '' },
    { id: 'c2', name: 'Initech', notes: '' },
  ],
  metrics: [
    { metric: 'nps', ours: 20, market: 25, target: 35, competitors: [{ competitorId: 'c1', value: 30 }, { competitorId: 'c2', value: 40 }], source: '' },
    { metric: 'frt', ours: 10, market: null, target: 4, competitors: [{ competitorId: 'c1', value: 2 }, { competitorId: 'c2', value: null }], source: '' },
  ],
});
const r = computeScenario(caseOf([s]), s);

describe('benchmark gaps in the engine result', () => {
  it('higher is better for NPS: the best is Initech (40); we are 20 behind (−50%) and 15 short of target', () => {
    const nps = r.benchmarks[0]!;
    expect(nps.best).toEqual({ competitorId: 'c2', name: 'Initech', value: 40 });
    expect(nps.gapToBest).toBe(20 - 40);
    expect(nps.gapToBestRelative).toBe(-20 / 40);
    expect(nps.levelToBest).toBe(20 / 40);
    expect(nps.gapToTarget).toBe(20 - 35);
  });

  it('lower is better for first response time: the best is Globex (2 h); we are 8 h behind and 6 h short of target', () => {
    const frt = r.benchmarks[1]!;
    expect(frt.best?.name).toBe('Globex');
    expect(frt.gapToBest).toBe(2 - 10);
    expect(frt.gapToBestRelative).toBe(-8 / 2);
    expect(frt.levelToBest).toBe(2 / 10);
    expect(frt.gapToTarget).toBe(4 - 10);
  });
});

describe('levelAgainstBest: our level as a share of the best competitor', () => {
  it('divides ours by best where higher is better, and best by ours for times', () => {
    expect(levelAgainstBest('csat', 0.74, 0.86)).toBeCloseTo(0.74 / 0.86, 12);
    // First response 20 h against 2 h: a tenth of their level, not −900%.
    expect(levelAgainstBest('frt', 20, 2)).toBeCloseTo(0.1, 12);
    expect(levelAgainstBest('aht', 6, 7)).toBeCloseTo(7 / 6, 12);
  });

  it('gives no ratio for missing, zero or negative values', () => {
    expect(levelAgainstBest('nps', -10, 20)).toBeNull();
    expect(levelAgainstBest('nps', 31, null)).toBeNull();
    expect(levelAgainstBest('frt', 0, 2)).toBeNull();
    expect(levelAgainstBest('csat', null, 0.8)).toBeNull();
  });
});
