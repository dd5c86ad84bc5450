/**
 * Keystrokes inside one scenario are checked on that scenario in its case, not the whole case: the
 * verdict and the problems must be exactly those of the whole-case check, for any edit.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { CaseSchema, type Case } from '@shared/case/schema';
import { checkScenarioInCase, problemsFromIssues } from '@shared/case/validate';
import { createApi } from '@renderer/src/api/client';
import { setIn, type Path } from '@renderer/src/state/paths';
import { useStore } from '@renderer/src/state/store';
import { arbCaseWithScenario, generateCase } from '../../support/arbitraries';

const api = createApi({ kind: 'browser', onMenuCommand: () => () => undefined, invoke: async () => ({ ok: true, data: { updatedAt: new Date().toISOString() } }) });

/** An edit somewhere in scenario `si`: a field and a value, valid or not. */
function arbEdit(c: Case, si: number): fc.Arbitrary<{ path: Path; value: unknown }> {
  const s = c.scenarios[si]!;
  const values = fc.oneof(fc.constantFrom(-1, 0, 0.5, 1, 2.5, 1e13, Number.NaN, '', 'x', null, true), fc.double({ min: -10, max: 10, noNaN: true }));
  const at = (list: string, n: number, fields: string[]) =>
    n === 0 ? [] : [fc.record({ path: fc.tuple(fc.nat(n - 1), fc.constantFrom(...fields)).map(([j, f]): Path => ['scenarios', si, list, j, f]), value: values })];
  return fc.oneof(
    fc.record({ path: fc.constantFrom<Path>(['scenarios', si, 'service', 'resolutionRate'], ['scenarios', si, 'service', 'volumeOverride'], ['scenarios', si, 'notes']), value: values }),
    ...at('segments', s.segments.length, ['customers', 'grossMargin', 'annualChurn', 'name', 'id', 'tier']),
    ...at('moments', s.moments.length, ['volume', 'deflectionRate', 'satisfaction', 'automatable', 'id']),
    ...at('revenueLines', s.revenueLines.length, ['segmentId', 'haircut', 'startMonth', 'rampMonths']),
    ...at('costLines', s.costLines.length, ['month', 'amount', 'contingency', 'kind']),
    ...at('competitors', s.competitors.length, ['id', 'name']),
  );
}

beforeEach(() => useStore.setState({ api, toasts: [] }));

describe('checking an edit inside one scenario', () => {
  it('accepts and refuses exactly as the whole-case check, with the same problems', async () => {
    await fc.assert(
      fc.asyncProperty(
        arbCaseWithScenario({ scenarios: [1, 3] }).chain(({ c, index }) => fc.record({ c: fc.constant(c), edit: arbEdit(c, index) })),
        async ({ c, edit }) => {
          await useStore.getState().adoptCase(c);
          const whole = CaseSchema.safeParse(setIn(c, edit.path, edit.value));
          const r = useStore.getState().edit(edit.path, edit.value);
          expect(r.ok).toBe(whole.success);
          const expected = whole.success ? [] : problemsFromIssues(whole.error.issues);
          expect(r.ok ? [] : r.problems).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('names the scenario by its real index in every problem', () => {
    const c = generateCase(7, { scenarios: [2, 2], segments: [1, 2] });
    const s = c.scenarios[1]!;
    const bad = { ...s, segments: s.segments.map((g, j) => (j === 0 ? { ...g, grossMargin: 2 } : g)) };
    const r = checkScenarioInCase(c, bad, 1);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map((p) => p.path)).toEqual(['$.scenarios[1].segments[0].grossMargin']);
    expect(checkScenarioInCase(c, s, 1).ok).toBe(true);
  });
});
