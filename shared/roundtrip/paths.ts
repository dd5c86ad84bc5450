/**
 * Stable paths (items named by id) against a case: resolved to the index path `validate` prints,
 * read, written, and described for people (scenario, step, item, field).
 */
import type { Case } from '../case/schema';
import { jsonPath } from '../case/validate';
import type { Scalar, StablePath, Step } from './schema';

type Key = string | number;

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function child(node: unknown, k: Key): unknown {
  if (Array.isArray(node) && typeof k === 'number') {
    const v: unknown = node[k];
    return v;
  }
  if (isRecord(node) && typeof k === 'string' && Object.prototype.hasOwnProperty.call(node, k)) return node[k];
  return undefined;
}

/** The index path of a stable path in this case, or null where an item it names is gone. */
export function resolvePath(c: Case, path: StablePath): Key[] | null {
  const out: Key[] = [];
  let node: unknown = c;
  for (const step of path) {
    if (typeof step === 'string') {
      if (!isRecord(node) || !Object.prototype.hasOwnProperty.call(node, step)) return null;
      out.push(step);
      node = node[step];
    } else {
      if (!Array.isArray(node)) return null;
      const i = node.findIndex((x: unknown) => isRecord(x) && x[step.by] === step.value);
      if (i < 0) return null;
      out.push(i);
      node = child(node, i);
    }
  }
  return out;
}

export function getAt(c: Case, path: readonly Key[]): unknown {
  let node: unknown = c;
  for (const k of path) node = child(node, k);
  return node;
}

/** A value of the case as a scalar (null for anything else: an empty optional value). */
export function scalarAt(c: Case, path: readonly Key[]): Scalar | null {
  const v = getAt(c, path);
  return typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' ? v : null;
}

/** A copy of the case with one value replaced (the original is left alone). */
export function setAt(c: Case, path: readonly Key[], value: Scalar | null): Case {
  const copy = structuredClone(c);
  const parent = getAt(copy, path.slice(0, -1));
  const k = path[path.length - 1];
  if (Array.isArray(parent) && typeof k === 'number') parent[k] = value;
  else if (isRecord(parent) && typeof k === 'string') parent[k] = value;
  else throw new Error('Internal: path leaves the case');
  return copy;
}

export { jsonPath };

const STEP_OF: Record<string, Step> = {
  service: 'service',
  segments: 'segments',
  moments: 'moments',
  metrics: 'benchmarks',
  revenueLines: 'revenue',
  savingLines: 'savings',
  costLines: 'costs',
};

export interface Place {
  scenarioIndex: number | null;
  step: Step;
  /** The item's own name (segment, moment, line label), the metric key, or "" for case and service fields. */
  item: string;
  field: string;
}

/** Where an index path sits, in the words of the review screen. */
export function describePath(c: Case, path: readonly Key[]): Place {
  const field = String(path[path.length - 1] ?? '');
  if (path[0] !== 'scenarios' || typeof path[1] !== 'number') return { scenarioIndex: null, step: 'case', item: '', field };
  const collection = String(path[2] ?? '');
  const step = STEP_OF[collection] ?? 'case';
  const obj = path.length > 4 ? getAt(c, path.slice(0, 4)) : null;
  let item = '';
  if (isRecord(obj)) {
    item = String(obj.name ?? obj.label ?? obj.metric ?? '');
    // A competitor's score: "nps · Rival Co".
    if (collection === 'metrics' && path[4] === 'competitors') {
      const v = getAt(c, path.slice(0, 6));
      const comp = c.scenarios[path[1]]?.competitors.find((x) => isRecord(v) && x.id === v.competitorId);
      if (comp) item = `${item} · ${comp.name}`;
    }
  }
  return { scenarioIndex: path[1], step, item, field };
}
