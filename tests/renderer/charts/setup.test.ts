import { describe, expect, it } from 'vitest';
import { levelColor, NEGATIVE, PALETTE, POSITIVE } from '@renderer/src/charts/setup';

describe('levelColor', () => {
  it('colours our level against the best: at par or ahead, within 80% (4.8 of 6 included), further behind, unknown', () => {
    expect(levelColor(1.2)).toBe(POSITIVE);
    expect(levelColor(1)).toBe(POSITIVE);
    expect(levelColor(4.8 / 6)).toBe(PALETTE[2]);
    expect(levelColor(0.79)).toBe(NEGATIVE);
    expect(levelColor(null)).toBe('#94a3b8');
  });
});
