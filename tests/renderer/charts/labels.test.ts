import { describe, expect, it } from 'vitest';
import { wrapLabel } from '@renderer/src/charts/labels';

describe('chart category labels', () => {
  it('keeps a short label on one line', () => {
    expect(wrapLabel('Costs', 16)).toEqual(['Costs']);
  });

  it('wraps a long line name at word boundaries', () => {
    expect(wrapLabel('AI agent for password and billing requests', 20, 3)).toEqual(['AI agent for', 'password and billing', 'requests']);
  });

  it('cuts what does not fit in the allowed lines and marks the cut', () => {
    const lines = wrapLabel('one two three four five six seven eight nine ten', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });

  it('never drops a single word longer than the width', () => {
    expect(wrapLabel('Supercalifragilistic', 5)).toEqual(['Supercalifragilistic']);
  });
});
