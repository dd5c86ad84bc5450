import { describe, expect, it } from 'vitest';
import { levelAgainstBest } from '../../../../renderer/src/views/report/StepSections';

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
