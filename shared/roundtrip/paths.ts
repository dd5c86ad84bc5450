/**
 * Stable paths (items named by id) against a case: resolved to the index path `validate` prints,
 * read, written, and described for people (scenario, step, item, field).
 */
import type { Case } from '../case/schema';
import { jsonPath } from '../case/validate';
import type { Scalar, StablePath, Step } from './schema';

type Key = string | number;

/** The index path of a stable path in this case, or null where an item it names is gone. */
export function resolvePath(c: Case, path: StablePath): Key[] | null {
  const out: Key[] = [];
  let node: unknown = c;
  for (const step of path) {
    if (typeof step === 'string') {
      if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.prototype.hasOwnProperty.call(node, step)) return null;
      out.push(step);
      node = (node as Record<string, unknown>)[step];
    } else {
      if (!Array.isArray(node)) return null;
      const i = node.findIndex((x: unknown) => x !== null && typeof x === 'object' && (x as Record<string, unknown>)[step.by] === step.value);
      if (i < 0) return null;
      out.push(i);
      node = node[i];
    }
  }
  return out;
}

export function getAt(c: Case, path: readonly Key[]): unknown {
  let node: unknown = c;
  for (const k of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<Key, unknown>)[k];
  }
  return node;
}

/** A copy of the case with one value replaced (the original is left alone). */
export function setAt(c: Case, path: readonly Key[], value: Scalar | null): Case {
  const copy = structuredClone(c);
  let node: unknown = copy;
  path.forEach((k, i) => {
    if (node === null || typeof node !== 'object') throw new Error('Internal: path leaves the case');
    const rec = node as Record<Key, unknown>;
    if (i === path.length - 1) rec[k] = value;
    else node = rec[k];
  });
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
  if (obj && typeof obj === 'object') {
    const rec = obj as Record<string, unknown>;
    item = String(rec.name ?? rec.label ?? rec.metric ?? '');
    // A competitor's score: "nps · Rival Co".
    if (collection === 'metrics' && path[4] === 'competitors') {
      const v = getAt(c, path.slice(0, 6)) as { competitorId?: string } | undefined;
      const comp = c.scenarios[path[1]]?.competitors.find((x) => x.id === v?.competitorId);
      if (comp) item = `${item} · ${comp.name}`;
    }
  }
  return { scenarioIndex: path[1], step, item, field };
}
