import { describe, expect, it } from 'vitest';
import type { Case } from '@shared/case/schema';
import { computeScenario } from '@shared/engine/compute';
import { applyChanges, diffInputs } from '@shared/roundtrip/diff';
import type { ReadCell, ReadInput, Scalar, StablePath, WorkbookIdentity } from '@shared/roundtrip/schema';
import { richCase } from '../../electron/node/export/xlsx/fixtures';

const c = richCase();
const s0 = c.scenarios[0]!;
const identity: WorkbookIdentity = { formatVersion: 1, caseId: c.id, caseName: c.name, scenarioIds: c.scenarios.map((s) => s.id), lang: 'en' };
const seg = (field: string): StablePath => ['scenarios', { by: 'id', value: s0.id }, 'segments', { by: 'id', value: s0.segments[0]!.id }, field];
const cost = (i: number, field: string): StablePath => ['scenarios', { by: 'id', value: s0.id }, 'costLines', { by: 'id', value: s0.costLines[i]!.id }, field];

function input(name: string, path: StablePath, exported: Scalar | null, read: ReadCell, type: ReadInput['type'] = 'number'): ReadInput {
  return { name, path, type, exported, cell: `Assumptions!E${name.length}`, read };
}

describe('diffInputs', () => {
  it('gives each change its NPV effect alone and all of them together, from the engine', () => {
    const r = diffInputs(c, identity, [
      input('S1_Seg1_Churn', seg('annualChurn'), 0.12, { kind: 'value', value: 0.2 }),
      input('S1_Seg1_ARPU', seg('arpu'), s0.segments[0]!.arpu, { kind: 'value', value: 30_000 }),
    ]);
    expect(r.changes.map((ch) => [ch.path, ch.from, ch.to, ch.step, ch.item, ch.field])).toEqual([
      ['$.scenarios[0].segments[0].annualChurn', 0.12, 0.2, 'segments', 'Enterprise', 'annualChurn'],
      ['$.scenarios[0].segments[0].arpu', s0.segments[0]!.arpu, 30_000, 'segments', 'Enterprise', 'arpu'],
    ]);
    const base = computeScenario(c, s0, 0).npv;
    const churn: Case = structuredClone(c);
    churn.scenarios[0]!.segments[0]!.annualChurn = 0.2;
    expect(r.changes[0]!.npvEffect).toBeCloseTo(computeScenario(churn, churn.scenarios[0]!, 0).npv - base, 6);
    const both = structuredClone(churn);
    both.scenarios[0]!.segments[0]!.arpu = 30_000;
    expect(r.together[0]!.npvAfter).toBe(computeScenario(both, both.scenarios[0]!, 0).npv);
    // Together is not the sum of the parts (churn and ARPU multiply), which is why both are shown.
    expect(r.together[0]!.npvEffect).not.toBeCloseTo(r.changes[0]!.npvEffect + r.changes[1]!.npvEffect, 0);
    expect(r.together[1]!.npvEffect).toBe(0);
  });

  it('never mistakes the app’s own edit since the export for a change; flags a value both sides changed', () => {
    const edited: Case = structuredClone(c);
    edited.scenarios[0]!.segments[0]!.annualChurn = 0.15;
    const unchanged = diffInputs(edited, identity, [input('S1_Seg1_Churn', seg('annualChurn'), 0.12, { kind: 'value', value: 0.12 })]);
    expect(unchanged.changes).toEqual([]);
    const both = diffInputs(edited, identity, [input('S1_Seg1_Churn', seg('annualChurn'), 0.12, { kind: 'value', value: 0.2 })]);
    expect(both.changes.map((ch) => [ch.from, ch.to, ch.conflict])).toEqual([[0.15, 0.2, true]]);
  });

  it('refuses what the schema refuses, with its reason, and takes nothing of it', () => {
    const r = diffInputs(c, identity, [
      input('S1_Seg1_Margin', seg('grossMargin'), s0.segments[0]!.grossMargin, { kind: 'value', value: 1.5 }),
      input('S1_Seg1_Churn', seg('annualChurn'), 0.12, { kind: 'error', text: '#REF!' }),
      input('S1_Seg1_CAC', seg('cac'), s0.segments[0]!.cac, { kind: 'formula', formula: 'A1', value: null }),
    ]);
    expect(r.changes).toEqual([]);
    expect(r.refused.map((x) => [x.path, x.reason])).toEqual([
      ['$.scenarios[0].segments[0].grossMargin', 'Must be at most 100%'],
      ['$.scenarios[0].segments[0].annualChurn', 'The cell shows the error #REF!'],
      ['$.scenarios[0].segments[0].cac', 'The formula in this input has no computed value saved with the workbook'],
    ]);
  });

  it('refuses a change that is only invalid beside another (a recurring cost in month 0)', () => {
    const oneOffAt0 = s0.costLines.findIndex((l) => l.kind === 'oneOff' && l.month === 0);
    expect(oneOffAt0).toBeGreaterThanOrEqual(0);
    const r = diffInputs(c, identity, [input('S1_Cost1_Kind', cost(oneOffAt0, 'kind'), 'oneOff', { kind: 'value', value: 'recurring' }, 'choice')]);
    expect(r.changes).toEqual([]);
    expect(r.refused[0]?.reason).toMatch(/Recurring costs start in month 1 or later/);
  });

  it('lists a deleted cell and an item gone from the case as not importable', () => {
    const gone: StablePath = ['scenarios', { by: 'id', value: s0.id }, 'segments', { by: 'id', value: 'seg-gone' }, 'arpu'];
    const r = diffInputs(c, identity, [input('S1_Seg9_ARPU', gone, 10, { kind: 'value', value: 20 }), input('S1_Seg1_CAC', seg('cac'), 1, { kind: 'missing' })]);
    expect(r.notImportable.map((x) => x.what)).toEqual([expect.stringMatching(/no longer in the case/), expect.stringMatching(/deleted/)]);
  });

  it('applyChanges takes a subset and refuses an invalid set with the reason', () => {
    const r = diffInputs(c, identity, [input('S1_Seg1_Churn', seg('annualChurn'), 0.12, { kind: 'value', value: 0.2 })]);
    const ok = applyChanges(c, r.changes);
    expect(ok.ok && ok.value.scenarios[0]!.segments[0]!.annualChurn).toBe(0.2);
    expect(c.scenarios[0]!.segments[0]!.annualChurn).toBe(0.12);
    const bad = applyChanges(c, [{ at: ['discountRate'], to: -1 }]);
    expect(bad).toEqual({ ok: false, reason: expect.stringMatching(/^\$\.discountRate: /) });
  });
});
