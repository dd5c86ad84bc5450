import { describe, expect, it } from 'vitest';
import { overlayDatasets } from '@renderer/src/charts/OverlayChart';

describe('overlay of cumulative cash flows', () => {
  it('has one dataset per scenario, in order, with the base drawn thick, solid and on top', () => {
    const ds = overlayDatasets([
      { id: 'a', label: 'A', data: [-10, 0, 10], base: false },
      { id: 'b', label: 'B (base)', data: [-5, 5, 15], base: true },
      { id: 'c', label: 'C', data: [-20, -10, 0], base: false },
    ]);
    expect(ds.map((d) => d.label)).toEqual(['A', 'B (base)', 'C']);
    expect(ds[1]!.data).toEqual([-5, 5, 15]);
    expect(ds[1]!.borderWidth).toBeGreaterThan(ds[0]!.borderWidth);
    expect(ds[1]!.borderDash).toEqual([]);
    expect(ds[0]!.borderDash.length).toBeGreaterThan(0);
    expect(ds[1]!.order).toBeLessThan(ds[2]!.order);
    expect(new Set(ds.map((d) => d.borderColor)).size).toBe(3);
  });
});
