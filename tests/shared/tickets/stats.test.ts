/** Percentiles are exact whether the values are held as a histogram or, past 100,000 distinct values, as an array. */
import { describe, expect, it } from 'vitest';
import { Values } from '@shared/tickets/stats';
import { percentileByHand as byHand } from '@tests/support/percentile';
import { rng } from '../../support/tickets/model';

describe('Values.percentile', () => {
  it.each([
    ['few distinct values (histogram)', 50_000, (r: () => number) => Math.floor(r() * 300)],
    ['more than 100,000 distinct values (array)', 150_000, (r: () => number) => r() * 1e6],
  ])('%s: median and p90 equal a sort by hand', (_name, n, draw) => {
    const r = rng(4);
    const all: number[] = [];
    const v = new Values();
    for (let i = 0; i < n; i++) {
      const x = draw(r);
      all.push(x);
      v.add(x);
    }
    expect(v.count).toBe(n);
    for (const p of [0, 0.5, 0.9, 1]) expect(v.percentile(p)).toBe(byHand(all, p));
  });

  it('small counts: one value, two values, none', () => {
    const v = new Values();
    expect(v.percentile(0.5)).toBeNull();
    v.add(30);
    expect(v.percentile(0.9)).toBe(30);
    v.add(90);
    expect(v.percentile(0.5)).toBe(60);
    expect(v.percentile(0.9)).toBe(84);
  });
});
