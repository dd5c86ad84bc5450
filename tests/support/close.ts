import { expect } from 'vitest';

/**
 * |actual − expected| ≤ rel × |expected| (with an absolute floor of rel for expected values near 0):
 * hand-worked figures must match the engine to 1e-9 relative, not "roughly".
 */
export function expectClose(actual: number | null | undefined, expected: number, rel = 1e-9, label = ''): void {
  expect(actual, label).not.toBeNull();
  expect(actual, label).not.toBeUndefined();
  const a = Number(actual);
  const tol = rel * Math.max(Math.abs(expected), 1);
  if (!(Math.abs(a - expected) <= tol)) expect.fail(`${label ? label + ': ' : ''}expected ${expected}, got ${a} (difference ${a - expected}, tolerance ${tol})`);
}

export function expectAllClose(actual: readonly number[], expected: readonly number[], rel = 1e-9, label = ''): void {
  expect(actual.length, `${label} length`).toBe(expected.length);
  expected.forEach((e, i) => expectClose(actual[i], e, rel, `${label}[${i}]`));
}
