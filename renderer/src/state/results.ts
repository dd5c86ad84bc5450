/** Engine results for the open document, computed once per document version (documents are immutable). */
import { useStore } from './store';
import type { Case } from '../../../shared/case/schema';
import { computeCase, type ScenarioResult } from '../../../shared/engine/compute';

const memo = new WeakMap<Case, ScenarioResult[]>();

export function resultsOf(doc: Case): ScenarioResult[] {
  let r = memo.get(doc);
  if (!r) {
    r = computeCase(doc);
    memo.set(doc, r);
  }
  return r;
}

export function useResults(): ScenarioResult[] | null {
  const doc = useStore((s) => s.doc);
  return doc ? resultsOf(doc) : null;
}
