/** Scenarios of a case: autosave of one scenario (one row), add, duplicate, rename, reorder, delete. */
import { fail, ok, type Result } from '@shared/contract/result';
import { blankScenario, duplicateScenario as copyScenario } from '@shared/case/factory';
import { isJsonObject } from '@shared/case/migrate';
import { name as nameSchema, type Scenario } from '@shared/case/schema';
import { checkScenarioInCase } from '@shared/case/validate';
import { notFound } from './errors';
import { uniqueName } from './names';
import { checkId, invalid, trimmed, type StoreCore } from './store-core';

/**
 * Autosave of one edited scenario: validates the scenario (with its case's fields, so every
 * cross-reference rule applies) and writes that one row. The cheapest way to persist an edit.
 */
export function saveScenario(store: StoreCore, caseId: unknown, scenario: unknown): Result<{ updatedAt: string }> {
  return store.run(() => {
    const bad = checkId(caseId, 'The case');
    if (bad || typeof caseId !== 'string') return bad ?? notFound('This case');
    return store.tx(() => {
      const row = store.liveRow(caseId);
      const siblings = store.st.scenarioRows.all(caseId);
      const sid = isJsonObject(scenario) ? scenario['id'] : undefined;
      const index = siblings.findIndex((s) => s.id === sid);
      if (index < 0) return notFound('This scenario');
      const r = checkScenarioInCase(store.assemble(row, []), scenario, index);
      if (!r.ok) {
        // A problem outside this scenario lies in the stored case fields: the case is damaged, not the edit.
        if (r.problems.some((p) => !p.path.startsWith(`$.scenarios[${index}]`))) return store.damaged(row, r.problems);
        return invalid('The change was not saved: the scenario is not valid.', r.problems);
      }
      const s = r.value;
      if (siblings.some((o, i) => i !== index && o.name.toLowerCase() === s.name.toLowerCase()))
        return invalid('The change was not saved: another scenario has this name.', [{ path: `$.scenarios[${index}].name`, message: 'Another scenario has this name' }]);
      const updatedAt = store.nextUpdatedAt(row);
      store.beforeChange(row);
      store.st.updateScenario.run(index, s.name, JSON.stringify(s), caseId, s.id);
      store.st.touchCase.run(updatedAt, caseId);
      return ok({ updatedAt });
    });
  });
}

export function addScenario(store: StoreCore, caseId: unknown, scenarioName?: unknown): Result<Scenario> {
  return store.mutate(caseId, (c) => {
    const taken = new Set(c.scenarios.map((s) => s.name.toLowerCase()));
    const wanted = scenarioName === undefined ? 'Scenario' : nameSchema().safeParse(trimmed(scenarioName));
    if (typeof wanted !== 'string' && !wanted.success) return invalid('The scenario was not added.', [{ path: '$.name', message: wanted.error.issues[0]?.message ?? 'Invalid name' }]);
    const s = blankScenario(uniqueName(typeof wanted === 'string' ? wanted : wanted.data, taken, 'number'), c.currency);
    return ok({ next: { ...c, scenarios: [...c.scenarios, s] }, value: s });
  });
}

export function duplicateScenario(store: StoreCore, caseId: unknown, scenarioId: unknown): Result<Scenario> {
  return store.mutate(caseId, (c) => {
    const src = c.scenarios.find((s) => s.id === scenarioId);
    if (!src) return notFound('This scenario');
    const taken = new Set(c.scenarios.map((s) => s.name.toLowerCase()));
    const s = copyScenario(src, uniqueName(src.name, taken, 'copy'));
    const at = c.scenarios.indexOf(src) + 1;
    return ok({ next: { ...c, scenarios: [...c.scenarios.slice(0, at), s, ...c.scenarios.slice(at)] }, value: s });
  });
}

export function renameScenario(store: StoreCore, caseId: unknown, scenarioId: unknown, newName: unknown): Result<Scenario> {
  return store.mutate(caseId, (c) => {
    const n = nameSchema().safeParse(trimmed(newName));
    if (!n.success) return invalid('The scenario was not renamed.', [{ path: '$.name', message: n.error.issues[0]?.message ?? 'Invalid name' }]);
    const src = c.scenarios.find((s) => s.id === scenarioId);
    if (!src) return notFound('This scenario');
    const s = { ...src, name: n.data };
    return ok({ next: { ...c, scenarios: c.scenarios.map((x) => (x.id === src.id ? s : x)) }, value: s });
  });
}

/** `orderedIds` must name every scenario of the case exactly once. */
export function reorderScenarios(store: StoreCore, caseId: unknown, orderedIds: unknown): Result<string[]> {
  return store.mutate(caseId, (c) => {
    const ids = Array.isArray(orderedIds) ? orderedIds : [];
    const byId = new Map(c.scenarios.map((s) => [s.id, s]));
    const next = ids.flatMap((id: unknown) => (typeof id === 'string' && byId.has(id) ? [byId.get(id)] : [])).filter((s): s is Scenario => s !== undefined);
    if (ids.length !== c.scenarios.length || new Set(next.map((s) => s.id)).size !== c.scenarios.length)
      return invalid('The scenarios were not reordered: the new order must list each scenario of the case once.', []);
    return ok({ next: { ...c, scenarios: next }, value: next.map((s) => s.id) });
  });
}

export function deleteScenario(store: StoreCore, caseId: unknown, scenarioId: unknown): Result<Record<string, never>> {
  return store.mutate(caseId, (c) => {
    if (!c.scenarios.some((s) => s.id === scenarioId)) return notFound('This scenario');
    if (c.scenarios.length === 1) return fail('LAST_SCENARIO', 'A case needs at least one scenario, so the last one cannot be deleted.');
    return ok({ next: { ...c, scenarios: c.scenarios.filter((s) => s.id !== scenarioId) }, value: {} });
  });
}
