/**
 * Engine results for the open document. Documents are immutable and edits copy only the path they
 * change, so a scenario object that did not change keeps its identity: its result is reused, and a
 * keystroke recomputes only the scenario being edited.
 */
import { useStore } from './store';
import type { Case, Scenario } from '@shared/case/schema';
import { computeScenario, type ScenarioResult } from '@shared/engine/compute';

const byDoc = new WeakMap<Case, ScenarioResult[]>();
const byScenario = new WeakMap<Scenario, { key: string; result: ScenarioResult }>();

/** Case-level inputs that every scenario's result depends on: a change to any recomputes them all. */
export function caseInputsKey(doc: Case): string {
  return [
    doc.horizonMonths,
    doc.discountRate,
    doc.discounting,
    doc.taxRate,
    doc.wageInflation,
    doc.costInflation,
    doc.startMonth,
    doc.fiscalYearStartMonth,
  ].join('|');
}

export function resultsOf(doc: Case): ScenarioResult[] {
  let r = byDoc.get(doc);
  if (!r) {
    r = doc.scenarios.map((s, i) => {
      const key = `${caseInputsKey(doc)}|${i}`;
      const hit = byScenario.get(s);
      if (hit && hit.key === key) return hit.result;
      const result = computeScenario(doc, s, i);
      byScenario.set(s, { key, result });
      return result;
    });
    byDoc.set(doc, r);
  }
  return r;
}

export function useResults(): ScenarioResult[] | null {
  const doc = useStore((s) => s.doc);
  return doc ? resultsOf(doc) : null;
}
