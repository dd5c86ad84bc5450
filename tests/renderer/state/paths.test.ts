import { describe, expect, it } from 'vitest';
import { getIn, reuseUnchanged, setIn } from '@renderer/src/state/paths';

describe('immutable paths', () => {
  it('setIn copies only the objects along the path', () => {
    const doc = { a: { b: [1, 2, 3] }, c: { d: 1 } };
    const next = setIn(doc, ['a', 'b', 1], 20) as typeof doc;
    expect(next.a.b).toEqual([1, 20, 3]);
    expect(doc.a.b).toEqual([1, 2, 3]);
    expect(next.c).toBe(doc.c);
    expect(getIn(next, ['a', 'b', 1])).toBe(20);
    expect(getIn(next, ['x', 'y'])).toBeUndefined();
  });

  it('reuseUnchanged gives untouched parts of an edited clone their old identity', () => {
    const prev = { scenarios: [{ name: 'A', rows: [{ x: 1 }, { x: 2 }] }, { name: 'B', rows: [{ x: 3 }] }] };
    const clone = structuredClone(prev);
    clone.scenarios[0]!.rows[1]!.x = 5;
    const next = reuseUnchanged(clone, prev) as typeof prev;
    expect(next).toEqual(clone);
    expect(next).not.toBe(prev);
    expect(next.scenarios[1]).toBe(prev.scenarios[1]);
    expect(next.scenarios[0]!.rows[0]).toBe(prev.scenarios[0]!.rows[0]);
    expect(next.scenarios[0]!.rows[1]).not.toBe(prev.scenarios[0]!.rows[1]);
    expect(reuseUnchanged(structuredClone(prev), prev)).toBe(prev);
  });

  it('treats added, removed and re-typed fields as changes', () => {
    const prev = { a: 1, b: [1] as unknown };
    expect(reuseUnchanged({ a: 1 }, prev)).not.toBe(prev);
    expect(reuseUnchanged({ a: 1, b: [1], c: undefined }, prev)).not.toBe(prev);
    expect(reuseUnchanged({ a: 1, b: { 0: 1 } }, prev)).not.toBe(prev);
  });
});
