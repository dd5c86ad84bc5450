/** Immutable updates by JSON path: copies only the objects along the path. */
export type Path = readonly (string | number)[];

export function setIn(obj: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  if (Array.isArray(obj) && typeof head === 'number') {
    const copy = obj.slice();
    copy[head] = setIn(obj[head], rest, value);
    return copy;
  }
  if (typeof obj === 'object' && obj !== null && typeof head === 'string') {
    const src: Record<string, unknown> = { ...obj };
    src[head] = setIn(src[head], rest, value);
    return src;
  }
  throw new Error(`Path ${path.join('.')} does not exist`);
}

export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

export function pathKey(p: Path): string {
  return p.join('.');
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

export function getIn(obj: unknown, path: Path): unknown {
  let cur = obj;
  for (const p of path) {
    if (Array.isArray(cur) && typeof p === 'number') cur = cur[p];
    else if (isRecord(cur) && typeof p === 'string') cur = cur[p];
    else return undefined;
  }
  return cur;
}

/**
 * Returns `next`, but with every part that is deep-equal to the same part of `prev` replaced by
 * `prev`'s object. Edits made on a clone then keep the identity of everything they did not touch,
 * which is what memoised views and per-scenario results key on.
 */
export function reuseUnchanged(next: unknown, prev: unknown): unknown {
  if (next === prev) return prev;
  if (Array.isArray(next) && Array.isArray(prev)) {
    let same = next.length === prev.length;
    const out = next.map((x, i) => {
      const r = reuseUnchanged(x, prev[i]);
      if (r !== prev[i]) same = false;
      return r;
    });
    return same ? prev : out;
  }
  if (isRecord(next) && isRecord(prev)) {
    const keys = Object.keys(next);
    let same = keys.length === Object.keys(prev).length;
    const out: Record<string, unknown> = {};
    for (const k of keys) {
      const r = reuseUnchanged(next[k], prev[k]);
      if (r !== prev[k] || !(k in prev)) same = false;
      out[k] = r;
    }
    return same ? prev : out;
  }
  return Object.is(next, prev) ? prev : next;
}
