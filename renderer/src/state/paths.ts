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
